using FunnelBot.Reporting;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>Sums of plan figures as the plan screens show them (each figure is written by <see cref="MetricValueText"/>).</summary>
public static class PlanFigures
{
    /// <summary>The sum of the known values; null when none is known.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)null, (sum, value) => value is { } v ? (sum ?? 0m) + v : sum);
}
