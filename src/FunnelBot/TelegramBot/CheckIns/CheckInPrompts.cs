using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Asks every reporting member for their numbers in private: the same entry point as <c>/checkin</c>. Members with
/// every value already given for the week, without metrics, or who cannot be reached (never started the bot, or
/// blocked it) are not prompted.
/// </summary>
public sealed class CheckInPrompts
{
    private readonly TeamConfiguration _team;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly CheckInFlow _checkIns;
    private readonly CheckInQuestions _questions;
    private readonly ResponseWriter _writer;

    public CheckInPrompts(
        TeamConfiguration team, MemberDirectory members, MemberCultures cultures, CheckInFlow checkIns, CheckInQuestions questions, ResponseWriter writer)
    {
        _team = team;
        _members = members;
        _cultures = cultures;
        _checkIns = checkIns;
        _questions = questions;
        _writer = writer;
    }

    /// <summary>Members who own metrics and still miss at least one value for the week.</summary>
    public IReadOnlyList<TeamMember> WithGaps(IsoWeek week) =>
        [.. _team.Members.Where(member => member.Role != MemberRole.Observer
            && _questions.For(member.Key, week, _cultures.Team).Questions is { Count: > 0 } questions
            && questions.Any(q => q.CurrentValue is null))];

    /// <summary>Prompts the given members (default: all with gaps); returns who was prompted.</summary>
    public IReadOnlyList<string> Prompt(IsoWeek week, IEnumerable<TeamMember>? members = null)
    {
        var prompted = new List<string>();
        foreach (var member in members ?? WithGaps(week))
        {
            if (_members.PrivateChatOf(member.Key) is not { } chat)
            {
                continue;
            }

            var response = new BotResponse();
            _checkIns.Start(member, chat, _cultures.For(member), week, response);
            _writer.Apply(response);
            prompted.Add(member.Key);
        }

        return prompted;
    }
}
