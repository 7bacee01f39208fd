using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Plans;

/// <summary>
/// Plans for a year from last year's actuals, for the bot and the command line alike: checks the request,
/// computes the preview with <see cref="PlanFromLastYear"/> and stores its month plans. Ratios and automatic metrics
/// are skipped when all metrics are asked for.
/// </summary>
public sealed class PlanFromLastYearService
{
    private static readonly Dictionary<IsoWeek, decimal> EmptyWeeks = [];
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;

    public PlanFromLastYearService(TeamConfiguration team, WeeklyValueStore values, PlanStore plans)
    {
        _team = team;
        _values = values;
        _plans = plans;
    }

    /// <summary>What is wrong with the request, or null. <paramref name="metricKey"/> null means every metric.</summary>
    public FromLastYearProblem? Check(int year, decimal growthPercent, string? metricKey)
    {
        if (metricKey is not null)
        {
            var metric = _team.FindMetric(metricKey);
            if (metric is null)
            {
                return FromLastYearProblem.UnknownMetric;
            }

            if (metric.Kind != MetricKind.Entered)
            {
                return metric.IsRatio ? FromLastYearProblem.RatioMetric : FromLastYearProblem.AutomaticMetric;
            }
        }

        return !SupportedYears.Contains(year) ? FromLastYearProblem.BadYear
            : !PlanFromLastYear.IsSensibleGrowth(growthPercent) ? FromLastYearProblem.BadGrowth
            : null;
    }

    /// <summary>The preview of a request that <see cref="Check"/> accepted.</summary>
    public PlanFromLastYearPreview Preview(int year, decimal growthPercent, string? metricKey)
    {
        if (Check(year, growthPercent, metricKey) is { } problem)
        {
            throw new ArgumentException($"The request is not valid: {problem}.", nameof(metricKey));
        }

        var asked = metricKey is null ? _team.Metrics : [_team.FindMetric(metricKey)!];
        var lastYear = _values.LoadYears(year - 1, year - 1);
        var metrics = asked
            .Where(metric => metric.Kind == MetricKind.Entered)
            .Select(metric => new MetricFromLastYear(
                metric,
                PlanFromLastYear.Compute(year, growthPercent, metric.Unit, lastYear.GetValueOrDefault(metric.Key) ?? EmptyWeeks)))
            .ToList();
        return new PlanFromLastYearPreview(year, growthPercent, metrics, [.. asked.Where(metric => metric.Kind != MetricKind.Entered)]);
    }

    /// <summary>Stores the preview's month plans (all or nothing); returns how many changed.</summary>
    public int Store(PlanFromLastYearPreview preview, ChangeAuthor author) => _plans.SetAll(preview.Entries, author);
}
