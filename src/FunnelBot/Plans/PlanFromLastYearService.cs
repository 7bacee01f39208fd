using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Plans;

/// <summary>
/// Plans for a year from the last complete months, for the bot and the command line alike: checks the request,
/// computes the preview with <see cref="PlanFromLastYear"/> on the team's day (<see cref="TeamClock"/>), finds the
/// plans set by hand that it would replace and stores its month plans. Ratios and automatic metrics are skipped when
/// all metrics are asked for.
/// </summary>
public sealed class PlanFromLastYearService
{
    private static readonly Dictionary<IsoWeek, decimal> EmptyWeeks = [];
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly TeamClock _clock;

    public PlanFromLastYearService(TeamConfiguration team, WeeklyValueStore values, PlanStore plans, TeamClock clock)
    {
        _team = team;
        _values = values;
        _plans = plans;
        _clock = clock;
    }

    /// <summary>The year planned when none is given (<see cref="PlanFromLastYear.DefaultYear"/> of the team's day).</summary>
    public int DefaultYear => PlanFromLastYear.DefaultYear(_clock.Today);

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
    public PlanFromLastYearPreview Preview(int year, decimal growthPercent, string? metricKey, IncompleteMonths choice)
    {
        if (Check(year, growthPercent, metricKey) is { } problem)
        {
            throw new ArgumentException($"The request is not valid: {problem}.", nameof(metricKey));
        }

        var today = _clock.Today;
        var asked = metricKey is null ? _team.Metrics : [_team.FindMetric(metricKey)!];
        var values = _values.LoadYears(year - 2, year - 1);
        var metrics = asked
            .Where(metric => metric.Kind == MetricKind.Entered)
            .Select(metric => new MetricFromLastYear(
                metric,
                PlanFromLastYear.Compute(year, growthPercent, metric.Unit, values.GetValueOrDefault(metric.Key) ?? EmptyWeeks, today, choice)))
            .ToList();
        var notOver = metrics.Count == 0 ? [] : YearMonth.AllOf(year - 1).Where(month => !BaseMonth.IsOver(month, today)).ToList();
        return new PlanFromLastYearPreview(
            year, growthPercent, choice, metrics, [.. asked.Where(metric => metric.Kind != MetricKind.Entered)], notOver, ManualPlansReplaced(year, metrics));
    }

    /// <summary>
    /// Stores the preview's month plans (all or nothing), marked as made from last year; the plans set by hand only
    /// with <paramref name="replaceManual"/>. Returns how many changed.
    /// </summary>
    public int Store(PlanFromLastYearPreview preview, ChangeAuthor author, bool replaceManual) =>
        _plans.SetAll(replaceManual ? [.. preview.Entries, .. preview.ManualEntries] : preview.Entries, author, PlanOrigin.FromLastYear);

    /// <summary>The stored month plans set by hand whose figure or note the new plans would change.</summary>
    private List<ManualPlan> ManualPlansReplaced(int year, List<MetricFromLastYear> metrics)
    {
        var manual = _plans.MonthPlans(year)
            .Where(plan => plan.Origin == PlanOrigin.Manual)
            .ToDictionary(plan => plan.Entry.Id, plan => plan.Entry, StringComparer.Ordinal);
        return [.. metrics.SelectMany(metric => metric.Entries
            .Where(entry => manual.TryGetValue(entry.Id, out var stored) && (stored.Value != entry.Value || stored.Note != entry.Note))
            .Select(entry => new ManualPlan(metric.Metric, new YearMonth(entry.Year, entry.Number), manual[entry.Id].Value, manual[entry.Id].Note, entry)))];
    }
}
