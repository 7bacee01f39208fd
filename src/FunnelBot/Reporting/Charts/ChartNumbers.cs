using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting.Charts;

/// <summary>Short numbers for chart axes in a culture: <c>1,2 млн</c>, <c>350K</c>, <c>42%</c> for a percent ratio.</summary>
public static class ChartNumbers
{
    public static string AxisValue(double value, MetricUnit unit, bool isRatio, ChartLabels labels, CultureInfo culture)
    {
        if (isRatio && unit == MetricUnit.Percent)
        {
            return (value * 100).ToString("0.#", culture) + "%";
        }

        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1_000_000 => (value / 1_000_000).ToString("0.##", culture) + labels.Millions,
            >= 1_000 => (value / 1_000).ToString("0.#", culture) + labels.Thousands,
            _ => value.ToString("0.##", culture),
        };
    }

    /// <summary>An attainment percentage axis tick: <c>150%</c>.</summary>
    public static string Percent(double percent, CultureInfo culture) => percent.ToString("0", culture) + "%";
}
