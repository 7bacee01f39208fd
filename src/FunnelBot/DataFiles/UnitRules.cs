using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.DataFiles;

/// <summary>What a value of each unit may be (scorecard.md, "Metrics"), and how numbers are written in data files.</summary>
public static class UnitRules
{
    /// <summary>Why <paramref name="value"/> breaks <paramref name="unit"/>, or null when it fits.</summary>
    public static string? Check(MetricUnit unit, decimal value)
    {
        if (value < 0m)
        {
            return "a value may not be negative";
        }

        return unit switch
        {
            MetricUnit.Count when value != decimal.Truncate(value) => "a count must be a whole number",
            MetricUnit.Money when value * 100m != decimal.Truncate(value * 100m) => "money has at most 2 decimals",
            MetricUnit.Percent when value > 100m => "a percentage is at most 100",
            _ => null,
        };
    }

    /// <summary>A ratio's target is a fraction (0.40 for 40%); for a percent ratio it is at most 1.</summary>
    public static string? CheckRatioTarget(MetricUnit unit, decimal value) =>
        value < 0m ? "a target may not be negative"
        : unit == MetricUnit.Percent && value > 1m ? "a ratio's target is a fraction (0.40 for 40%), at most 1"
        : null;

    /// <summary>Reads a number written with '.' as the decimal separator, no thousands separator, no exponent.</summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
