using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;

namespace FunnelBot.Reporting.Digest;

/// <summary>
/// The chart data of one metric (for <c>/chart leads</c>): its attainment bar and its year-to-date series, computed the
/// way <see cref="DigestChartDataBuilder"/> computes the headline metrics (the year to date of each week's report).
/// </summary>
public sealed class MetricChartData
{
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly ScorecardEngine _engine;

    public MetricChartData(TeamConfiguration team, ScorecardService scorecards)
    {
        _team = team;
        _scorecards = scorecards;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    public DigestChartData Build(IsoWeek week, DigestChartPeriod period, string metricKey, string language)
    {
        var metric = _team.FindMetric(metricKey) ?? throw new ArgumentException($"No metric '{metricKey}'.", nameof(metricKey));
        var input = _scorecards.LoadInput(week);
        var score = _engine.Compute(week, [metric], input).Metrics[0];
        var figures = period == DigestChartPeriod.Month ? score.Month : score.Week;
        var points = IsoWeek.AllOf(week.Year).Take(week.Week)
            .Select(w => (w, year: _engine.Compute(w, [metric], input).Metrics[0].Year))
            .Select(x => new CumulativePoint(x.w.Week, x.year.Actual, x.year.Plan, x.year.LastYear))
            .ToList();
        var name = metric.Names.For(language);
        return new DigestChartData(
            _team.Team.Name,
            period,
            week,
            figures.Plan is null ? [] : [new AttainmentBar(metric.Key, name, figures.Attainment, figures.Zone)],
            [new CumulativeSeries(metric.Key, name, metric.Unit, metric.IsRatio, points)]);
    }
}
