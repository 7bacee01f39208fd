using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Builds the digest chart's data from the stores through the scorecard engine, so that every figure on the chart
/// is the one the scorecard reports: the cumulative point of week w is the year to date of the report for week w.
/// </summary>
public sealed class DigestChartDataBuilder
{
    private readonly TeamConfiguration _configuration;
    private readonly ScorecardService _scorecards;
    private readonly ScorecardEngine _engine;

    public DigestChartDataBuilder(TeamConfiguration configuration, ScorecardService scorecards)
    {
        _configuration = configuration;
        _scorecards = scorecards;
        _engine = new ScorecardEngine(configuration.Team.Zones);
    }

    /// <summary>
    /// The chart for <paramref name="reportWeek"/>: its week's attainment, or in <see cref="DigestChartPeriod.Month"/> mode
    /// the month to date as of that week. Names are in <paramref name="language"/> (<c>ru</c>/<c>en</c>), by default the team's.
    /// </summary>
    public DigestChartData Build(IsoWeek reportWeek, DigestChartPeriod period, string? language = null)
    {
        var names = language ?? _configuration.Team.Locale;
        var input = _scorecards.LoadInput(reportWeek);
        var report = _scorecards.Compute(reportWeek, input);
        return new DigestChartData(
            _configuration.Team.Name,
            period,
            reportWeek,
            Attainment(report, period, names),
            Headlines(reportWeek, input, names));
    }

    /// <summary>The monthly results chart of a month: its month to date as of its last week.</summary>
    public DigestChartData BuildForMonth(YearMonth month, string? language = null) =>
        Build(month.Weeks[^1], DigestChartPeriod.Month, language);

    private static List<AttainmentBar> Attainment(ScorecardReport report, DigestChartPeriod period, string language) =>
    [
        .. from score in report.Metrics
           let figures = period == DigestChartPeriod.Month ? score.Month : score.Week
           where figures.Plan is not null
           select new AttainmentBar(score.Metric.Key, score.Metric.Names.For(language), figures.Attainment, figures.Zone),
    ];

    private List<CumulativeSeries> Headlines(IsoWeek reportWeek, ScorecardInput input, string language)
    {
        var metrics = _configuration.Team.HeadlineMetrics
            .Select(_configuration.FindMetric)
            .OfType<MetricDefinition>()
            .ToList();
        var points = metrics.ToDictionary(metric => metric.Key, _ => new List<CumulativePoint>(reportWeek.Week), StringComparer.Ordinal);
        foreach (var week in IsoWeek.AllOf(reportWeek.Year).Take(reportWeek.Week))
        {
            foreach (var score in _engine.Compute(week, metrics, input).Metrics)
            {
                var year = score.Year;
                points[score.Metric.Key].Add(new CumulativePoint(week.Week, year.Actual, year.Plan, year.LastYear));
            }
        }

        return
        [
            .. metrics.Select(metric => new CumulativeSeries(
                metric.Key, metric.Names.For(language), metric.Unit, metric.IsRatio, points[metric.Key])),
        ];
    }
}
