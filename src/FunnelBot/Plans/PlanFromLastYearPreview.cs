using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Plans;

/// <summary>Why a plan from last year cannot be made as asked.</summary>
public enum FromLastYearProblem
{
    UnknownMetric,

    /// <summary>A ratio's plan is one target per year: set it with <c>/plan set &lt;ratio&gt; &lt;year&gt; &lt;target&gt;</c>.</summary>
    RatioMetric,

    /// <summary>An automatic metric is computed by the bot and gets no plan from last year.</summary>
    AutomaticMetric,

    /// <summary>Growth must be above -100% and at most 1000%.</summary>
    BadGrowth,

    /// <summary>The year must lie within the supported years (1900..2999).</summary>
    BadYear,
}

/// <summary>One entered metric's new month plans from last year.</summary>
public sealed record MetricFromLastYear(MetricDefinition Metric, PlanFromLastYearResult Result)
{
    /// <summary>Every month plan the computation gives (months without one are not touched).</summary>
    public IEnumerable<PlanEntry> Entries =>
        Result.Months.Where(month => month.Plan is not null).Select(month => PlanEntry.ForMonth(Metric.Key, month.Month, month.Plan!.Value));
}

/// <summary>A month plan set by hand that the new plan would replace: its figure and note now, and the new figure.</summary>
public sealed record ManualPlan(MetricDefinition Metric, YearMonth Month, decimal Value, string? Note, PlanEntry Replacement);

/// <summary>
/// What <c>/plan fromlastyear</c> and <c>plan from-last-year</c> show before storing: the same data for both. NotOver:
/// the months of the year before that are not over yet on the team's day (the same for every metric). Manual: the plans
/// set by hand that differ from the new ones, kept unless the manager asks to replace them too.
/// </summary>
public sealed record PlanFromLastYearPreview(
    int Year,
    decimal GrowthPercent,
    IncompleteMonths Choice,
    IReadOnlyList<MetricFromLastYear> Metrics,
    IReadOnlyList<MetricDefinition> Skipped,
    IReadOnlyList<YearMonth> NotOver,
    IReadOnlyList<ManualPlan> Manual)
{
    /// <summary>What Confirm stores: every new month plan except those that would replace a plan set by hand.</summary>
    public IReadOnlyList<PlanEntry> Entries
    {
        get
        {
            var manual = Manual.Select(plan => plan.Replacement.Id).ToHashSet(StringComparer.Ordinal);
            return [.. Metrics.SelectMany(metric => metric.Entries).Where(entry => !manual.Contains(entry.Id))];
        }
    }

    /// <summary>What "replace manual plans too" stores in addition to <see cref="Entries"/>.</summary>
    public IReadOnlyList<PlanEntry> ManualEntries => [.. Manual.Select(plan => plan.Replacement)];

    /// <summary>Whether some month's base last year is not complete (not over, or weeks without data).</summary>
    public bool HasIncomplete => Metrics.Any(metric => metric.Result.Incomplete.Count > 0);

    /// <summary>Whether the other choice for incomplete months would change anything: some month two years back is complete.</summary>
    public bool CanTakeTwoYearsBack => Metrics.Any(metric => metric.Result.Months.Any(month => month.CanTakeTwoYearsBack));

    /// <summary>Whether there is nothing to store and no choice that would give something.</summary>
    public bool IsEmpty => Entries.Count == 0 && Manual.Count == 0 && (Choice == IncompleteMonths.TwoYearsBack || !CanTakeTwoYearsBack);
}
