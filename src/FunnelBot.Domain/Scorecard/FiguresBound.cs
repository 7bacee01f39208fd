using FunnelBot.Domain.CheckIns;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// Whether a metric's stored figures are within <see cref="UnitRules.MaxValue"/>, the bound every entry point applies.
/// A value or plan above it (stored by a release before the bound, or by hand) makes the metric's figures meaningless
/// and its sums liable to overflow <see cref="decimal"/>, so the scorecard reports the metric as not computable.
/// </summary>
internal static class FiguresBound
{
    public static bool IsWithin(MetricDefinition metric, ScorecardInput input) =>
        metric.IsRatio
            ? ValuesWithin(input, metric.Numerator!) && ValuesWithin(input, metric.Denominator!) && PlanWithin(input.PlanOf(metric.Key))
            : ValuesWithin(input, metric.Key) && PlanWithin(input.PlanOf(metric.Key));

    private static bool ValuesWithin(ScorecardInput input, string metric) => input.ValuesOf(metric).Values.All(Within);

    private static bool PlanWithin(MetricPlan plan) =>
        plan.Monthly.Values.All(Within) && plan.WeekOverrides.Values.All(o => Within(o.Value)) && plan.RatioTargets.Values.All(Within);

    private static bool Within(decimal value) => Math.Abs(value) <= UnitRules.MaxValue;
}
