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

    /// <summary>The year must have a year before it (2..9998).</summary>
    BadYear,
}

/// <summary>One entered metric's new month plans from last year.</summary>
public sealed record MetricFromLastYear(MetricDefinition Metric, PlanFromLastYearResult Result)
{
    /// <summary>The month plans to store: only months that had data last year.</summary>
    public IEnumerable<PlanEntry> Entries =>
        Result.Months.Where(month => month.Plan is not null).Select(month => PlanEntry.ForMonth(Metric.Key, month.Month, month.Plan!.Value));
}

/// <summary>What <c>/plan fromlastyear</c> and <c>plan from-last-year</c> show before storing: the same data for both.</summary>
public sealed record PlanFromLastYearPreview(
    int Year, decimal GrowthPercent, IReadOnlyList<MetricFromLastYear> Metrics, IReadOnlyList<MetricDefinition> Skipped)
{
    public IReadOnlyList<PlanEntry> Entries => [.. Metrics.SelectMany(metric => metric.Entries)];
}
