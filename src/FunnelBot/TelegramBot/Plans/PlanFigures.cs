using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// A plan figure in the reader's culture: like <see cref="MetricValueText"/>, except that a count's plan shows up to
/// 2 decimals (a year spread over the months gives 76.92 leads a month, which must not look like 77).
/// </summary>
public static class PlanFigures
{
    public static string Format(decimal? value, MetricDefinition metric, CultureInfo culture) =>
        value is { } v && !metric.IsRatio && metric.Unit == MetricUnit.Count
            ? NumberFormatting.Format(v, MetricUnit.Money, culture)
            : MetricValueText.Format(value, metric, culture);

    /// <summary>The sum of the known values; null when none is known.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)null, (sum, value) => value is { } v ? (sum ?? 0m) + v : sum);
}
