using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// The digest chart's data from an already loaded scorecard input (the digest reads LiteDB once for its text and its
/// chart), so that every figure on the chart is the one the scorecard reports: the cumulative point of week w is the year
/// to date of the report for week w (one metric's 13 weeks for <c>/chart leads</c> are <see cref="MetricTrendData"/>'s).
/// </summary>
public sealed class ChartDataFromInput
{
    private readonly TeamConfiguration _team;
    private readonly ScorecardEngine _engine;

    public ChartDataFromInput(TeamConfiguration team)
    {
        _team = team;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    public DigestChartData Build(IsoWeek week, DigestChartPeriod period, ScorecardInput input, string language)
    {
        IReadOnlyList<MetricDefinition> headlines = [.. _team.Team.HeadlineMetrics.Select(_team.FindMetric).OfType<MetricDefinition>()];
        var bars = _engine.Compute(week, _team.Metrics, input).Metrics
            .Select(score => (score.Metric, Figures: period == DigestChartPeriod.Month ? score.Month : score.Week))
            .Where(x => x.Figures.Plan is not null)
            .Select(x => x.Figures.HasValues
                ? new AttainmentBar(x.Metric.Key, x.Metric.Names.For(language), x.Figures.Attainment, x.Figures.Zone)
                : new AttainmentBar(x.Metric.Key, x.Metric.Names.For(language), null, Zone.None, HasValue: false))
            .ToList();
        return new DigestChartData(_team.Team.Name, period, week, bars, Series(week, headlines, input, language));
    }

    /// <summary>Each headline metric's year to date as of every week 1..W: the year figures of that week's report.</summary>
    private List<CumulativeSeries> Series(IsoWeek week, IReadOnlyList<MetricDefinition> metrics, ScorecardInput input, string language)
    {
        var points = metrics.ToDictionary(metric => metric.Key, _ => new List<CumulativePoint>(week.Week), StringComparer.Ordinal);
        foreach (var w in IsoWeek.AllOf(week.Year).Take(week.Week))
        {
            foreach (var score in _engine.Compute(w, metrics, input).Metrics)
            {
                points[score.Metric.Key].Add(new CumulativePoint(w.Week, score.Year.Actual, score.Year.Plan, score.Year.LastYear));
            }
        }

        // A metric whose figures cannot be computed in some week is left out of the chart (the digest's text names it).
        return
        [
            .. metrics
                .Where(m => points[m.Key].Count == week.Week)
                .Select(m => new CumulativeSeries(m.Key, m.Names.For(language), m.Unit, m.IsRatio, points[m.Key])),
        ];
    }
}
