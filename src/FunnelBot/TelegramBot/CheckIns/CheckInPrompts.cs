using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
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
    private readonly CheckInStore _store;

    /// <summary>How recent a member's last step must be for them to count as answering the check-in now.</summary>
    public static TimeSpan AnsweringWindow { get; } = TimeSpan.FromMinutes(30);

    public CheckInPrompts(
        TeamConfiguration team, MemberDirectory members, MemberCultures cultures, CheckInFlow checkIns, CheckInQuestions questions, ResponseWriter writer,
        CheckInStore store)
    {
        _store = store;
        _team = team;
        _members = members;
        _cultures = cultures;
        _checkIns = checkIns;
        _questions = questions;
        _writer = writer;
    }

    /// <summary>Who a round may prompt: every member but the observers, in configuration order.</summary>
    public IReadOnlyList<TeamMember> Reporting => [.. _team.Members.Where(member => member.Role != MemberRole.Observer)];

    /// <summary>The plans a round of prompts for the week reads, for every reporting member's metrics in one read.</summary>
    public IReadOnlyDictionary<string, MetricPlan> RoundPlans(IsoWeek week) =>
        _questions.PlansFor(Reporting.SelectMany(member => _questions.MetricsOf(member.Key)), week);

    /// <summary>
    /// Prompts one member who can be reached, owns metrics and misses a value for the week, with the round's
    /// <paramref name="plans"/>; the member's questions are built once, in their language. The conversation, the messages
    /// and <paramref name="alsoInTransaction"/> (the round records the member's run key there) are written in one
    /// transaction, and the outbox is woken at once: the member's prompt leaves while the next member is prepared.
    /// Returns whether the member was prompted.
    /// </summary>
    public bool PromptIfGaps(TeamMember member, IsoWeek week, IReadOnlyDictionary<string, MetricPlan> plans, Action? alsoInTransaction = null)
    {
        if (member.Role == MemberRole.Observer || _members.PrivateChatOf(member.Key) is not { } chat)
        {
            return false;
        }

        var metrics = _questions.MetricsOf(member.Key);
        if (metrics.Count == 0)
        {
            return false;
        }

        var context = _questions.For(member.Key, metrics, week, _cultures.For(member), plans);
        if (!context.Questions.Any(question => question.CurrentValue is null))
        {
            return false;
        }

        // A member answering a check-in right now (started by /checkin minutes ago, a press on its way) keeps their
        // conversation: the prompt would replace it and turn the buttons they are pressing stale; the reminder asks
        // for this week later. One left unfinished for longer is replaced, as a nudge.
        var response = new BotResponse().OnlyIf(() => !_store.IsAnswering(member.Key, AnsweringWindow));
        _checkIns.Start(member, chat, week, context, response);
        return _writer.Apply(response, alsoInTransaction);
    }

    /// <summary>Prompts every reporting member with gaps for the week (one read of the plans); returns who was prompted.</summary>
    public IReadOnlyList<string> Prompt(IsoWeek week)
    {
        var plans = RoundPlans(week);
        return [.. Reporting.Where(member => PromptIfGaps(member, week, plans)).Select(member => member.Key)];
    }
}
