using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>The stored weekly values and plans the engine reads; metrics without data may be absent.</summary>
public sealed class ScorecardInput
{
    private static readonly IReadOnlyDictionary<IsoWeek, decimal> NoValues = new Dictionary<IsoWeek, decimal>();

    public ScorecardInput(
        IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values,
        IReadOnlyDictionary<string, MetricPlan> plans)
    {
        Values = values;
        Plans = plans;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> Values { get; }

    public IReadOnlyDictionary<string, MetricPlan> Plans { get; }

    public IReadOnlyDictionary<IsoWeek, decimal> ValuesOf(string metric) =>
        Values.TryGetValue(metric, out var values) ? values : NoValues;

    /// <summary>Whether the metric has a value for the week: stored (a 0 too), or for a ratio both of its parts.</summary>
    public bool HasValue(MetricDefinition metric, IsoWeek week) => metric.IsRatio
        ? ValuesOf(metric.Numerator!).ContainsKey(week) && ValuesOf(metric.Denominator!).ContainsKey(week)
        : ValuesOf(metric.Key).ContainsKey(week);

    public MetricPlan PlanOf(string metric) => Plans.TryGetValue(metric, out var plan) ? plan : MetricPlan.Empty;
}
