using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting;

/// <summary>How a metric's figures are written for people: by unit, in a culture; a percent ratio x100.</summary>
public static class MetricValueText
{
    public const string Missing = "-";

    public static string Value(MetricDefinition metric, decimal? value, CultureInfo culture)
    {
        if (value is not { } number)
        {
            return Missing;
        }

        return (metric.Unit, metric.IsRatio) switch
        {
            (MetricUnit.Percent, true) => (number * 100m).ToString("0.0", culture) + "%",
            (MetricUnit.Percent, false) => number.ToString("0.##", culture) + "%",
            (MetricUnit.Money, _) => number.ToString("#,0.00", culture),
            (_, true) => number.ToString("0.###", culture),
            _ => number.ToString("#,0.##", culture),
        };
    }

    /// <summary>A fraction as a whole percentage: 1.2 -> <c>120%</c>.</summary>
    public static string Percent(decimal? fraction, CultureInfo culture) =>
        fraction is { } value ? (value * 100m).ToString("0", culture) + "%" : Missing;

    /// <summary>A change as a signed percentage: 0.1 -> <c>+10%</c>.</summary>
    public static string Change(decimal? fraction, CultureInfo culture) =>
        fraction is { } value ? (value * 100m).ToString("+0;-0;0", culture) + "%" : Missing;
}
