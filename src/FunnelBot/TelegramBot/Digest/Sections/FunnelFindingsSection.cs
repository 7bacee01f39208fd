using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The funnel rules the stored values of the digest's weeks break (<see cref="FunnelPlausibility.Findings"/>), each naming
/// both metrics and their values and saying whether the value was confirmed at entry; left out when none is broken. The
/// monthly results name the week of each.
/// </summary>
public sealed class FunnelFindingsSection : IDigestSection
{
    private readonly FunnelPlausibility _funnel;
    private readonly TeamConfiguration _team;

    public FunnelFindingsSection(FunnelPlausibility funnel, TeamConfiguration team)
    {
        _funnel = funnel;
        _team = team;
    }

    public int Order => 550;

    public string? Render(DigestContext context)
    {
        var culture = context.Culture;
        var lines = new List<string>();
        foreach (var week in context.Weeks)
        {
            foreach (var finding in _funnel.Findings(week))
            {
                var status = BotTexts.Html(finding.Confirmed ? "digest.funnel_confirmed" : "digest.funnel_unconfirmed", culture);
                var broken = new HtmlFragment(FunnelText.Break(finding.Outcome, _team, culture));
                lines.Add(context.Kind == DigestKind.Weekly
                    ? BotTexts.Html("digest.funnel_line", culture, broken, new HtmlFragment(status))
                    : BotTexts.Html("digest.funnel_line_week", culture, PeriodNames.Week(week, culture), broken, new HtmlFragment(status)));
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(BotTexts.Html("digest.funnel_header", culture));
        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }
}
