using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The digest's first lines: each headline metric (<c>Team:HeadlineMetrics</c>) against the plan of the digest's period
/// (the week, or the month of the monthly results), then the pace still needed in the nearest period that has weeks to
/// come: the month (the quarter in the month's last week, then the year), or the quarter and then the year in the
/// monthly results. One line each.
/// </summary>
public sealed class HeadlineSection : IDigestSection
{
    private readonly TeamConfiguration _team;
    private readonly DigestNames _names;

    public HeadlineSection(TeamConfiguration team, DigestNames names)
    {
        _team = team;
        _names = names;
    }

    public int Order => 100;

    public string? Render(DigestContext context)
    {
        var lines = new List<string>();
        foreach (var key in _team.Team.HeadlineMetrics)
        {
            if (context.Report.Metrics.FirstOrDefault(s => string.Equals(s.Metric.Key, key, StringComparison.Ordinal)) is { } score)
            {
                lines.Add(Line(score, context));
            }
            else if (context.Report.Unavailable.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.Ordinal)) is { } metric)
            {
                lines.Add(UnavailableLine.Render(metric, context, _names));
            }
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string Line(MetricScore score, DigestContext context)
    {
        var culture = context.Culture;
        var metric = score.Metric;
        var main = context.Main(score);
        var pace = metric.IsRatio ? null : Pace(score, context);
        return BotTexts.Html(
            "digest.headline_line", culture, ZoneMarks.Html(main.ShownZone), DigestNames.Metric(metric, culture),
            new HtmlFragment(FigureText.AgainstPlan(main, metric, culture)),
            new HtmlFragment(pace is null ? string.Empty : " · " + pace));
    }

    private static string? Pace(MetricScore score, DigestContext context)
    {
        var culture = context.Culture;
        var week = context.Week;
        (string Name, PeriodFigures Figures)[] periods = context.Kind == DigestKind.Weekly
            ? [(PeriodNames.Month(week.Month, culture), score.Month), (PeriodNames.Quarter(week.Quarter, culture), score.Quarter), (PeriodNames.Year(week.Year, culture), score.Year)]
            : [(PeriodNames.Quarter(week.Quarter, culture), score.Quarter), (PeriodNames.Year(week.Year, culture), score.Year)];
        foreach (var (name, figures) in periods)
        {
            if (figures.WeeksLeft > 0)
            {
                return PaceText.NeededOnly(name, figures, score.Metric, culture);
            }
        }

        return null;
    }
}
