using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The headline metrics (<c>Team:HeadlineMetrics</c>, entered ones) against the full plan of the nearest period that
/// still has weeks to come: the month in the weekly digest (the quarter in its last week, then the year), the quarter
/// or the year in the monthly results. One line each: how far, the pace still needed, the forecast. At the end of the
/// year nothing is left to pace, and the section is left out.
/// </summary>
public sealed class PaceSection : IDigestSection
{
    private readonly TeamConfiguration _team;
    private readonly DigestNames _names;

    public PaceSection(TeamConfiguration team, DigestNames names)
    {
        _team = team;
        _names = names;
    }

    public int Order => 150;

    public string? Render(DigestContext context)
    {
        var lines = new List<string>();
        foreach (var key in _team.Team.HeadlineMetrics)
        {
            var score = context.Report.Metrics.FirstOrDefault(s => string.Equals(s.Metric.Key, key, StringComparison.Ordinal));
            if (score is null || score.Metric.IsRatio || Nearest(score, context) is not { } period)
            {
                continue;
            }

            var name = DigestNames.Metric(score.Metric, context.Culture) + ", " + period.Name;
            lines.Add(BotTexts.Html("digest.pace_line", context.Culture, new HtmlFragment(PaceText.Line(name, period.Figures, score.Metric, context.Culture))));
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(BotTexts.Html("pace.header", context.Culture));
        lines.ForEach(line => text.Append('\n').Append(line));
        return text.ToString();
    }

    private static (string Name, PeriodFigures Figures)? Nearest(MetricScore score, DigestContext context)
    {
        var culture = context.Culture;
        var week = context.Week;
        (string Name, PeriodFigures Figures)[] periods = context.Kind == DigestKind.Weekly
            ? [(PeriodNames.Month(week.Month, culture), score.Month), (Quarter(context, culture), score.Quarter), (PeriodNames.Year(week.Year, culture), score.Year)]
            : [(Quarter(context, culture), score.Quarter), (PeriodNames.Year(week.Year, culture), score.Year)];
        foreach (var period in periods)
        {
            if (period.Figures.WeeksLeft > 0)
            {
                return period;
            }
        }

        return null;
    }

    private static string Quarter(DigestContext context, CultureInfo culture) => PeriodNames.Quarter(context.Week.Quarter, culture);
}
