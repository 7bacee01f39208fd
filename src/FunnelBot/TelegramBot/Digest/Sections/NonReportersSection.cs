using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// Owners still missing values for the period's weeks: away members as away, the others @-mentioned when
/// <c>Team:MentionNonReporters</c> is on (and a username is known) or named, members the bot cannot reach marked so.
/// </summary>
public sealed class NonReportersSection : IDigestSection
{
    private readonly TeamConfiguration _team;
    private readonly IAwayCalendar _away;
    private readonly MemberDirectory _members;

    public NonReportersSection(TeamConfiguration team, IAwayCalendar away, MemberDirectory members)
    {
        _team = team;
        _away = away;
        _members = members;
    }

    public int Order => 600;

    public string? Render(DigestContext context)
    {
        var culture = context.Culture;
        var lines = new List<string>();
        var away = _away.AwayWeeks(_team.Members.Select(member => member.Key), context.Weeks);
        foreach (var member in _team.Members)
        {
            var metrics = _team.Metrics.Where(m => m.Kind == MetricKind.Entered && m.Owner == member.Key).ToList();
            if (metrics.Count == 0)
            {
                continue;
            }

            var present = context.Weeks.Where(week => !away[member.Key].Contains(week)).ToList();
            if (present.Count == 0)
            {
                lines.Add(BotTexts.Html("digest.away_line", culture, member.DisplayName));
                continue;
            }

            var expected = metrics.Count * present.Count;
            var missing = metrics.Sum(metric => present.Count(week => !context.Input.ValuesOf(metric.Key).ContainsKey(week)));
            if (missing > 0)
            {
                lines.Add(BotTexts.Html("digest.missing_line", culture, new HtmlFragment(Who(member)), missing, expected) + Reachability(member, culture));
            }
        }

        var text = new StringBuilder(BotTexts.Html("digest.missing_header", culture));
        if (lines.Count == 0)
        {
            text.Append('\n').Append(BotTexts.Html("digest.all_reported", culture));
        }

        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }

    /// <summary>The member as HTML: <c>@username</c> when mentions are on and a username is known, else the display name.</summary>
    private string Who(TeamMember member)
    {
        var username = (_members.BindingOf(member.Key)?.Username ?? member.Username)?.TrimStart('@');
        return _team.Team.MentionNonReporters && !string.IsNullOrWhiteSpace(username)
            ? "@" + BotTexts.Escape(username)
            : BotTexts.Escape(member.DisplayName);
    }

    /// <summary>A note for members the bot cannot write to (never started it, or blocked it), else nothing.</summary>
    private string Reachability(TeamMember member, System.Globalization.CultureInfo culture) =>
        _members.BindingOf(member.Key) is { Unreachable: false } ? string.Empty : BotTexts.Html("digest.unreachable_suffix", culture);
}
