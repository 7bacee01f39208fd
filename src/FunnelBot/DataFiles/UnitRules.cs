using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.DataFiles;

/// <summary>What breaks a value of a unit or a ratio's target (data files and plans typed in the chat).</summary>
public enum ValueProblem
{
    Negative,
    NotWhole,
    TooManyDecimals,
    PercentAbove100,
    NegativeTarget,
    TargetAbove1,

    /// <summary>Above the one bound of every value, <see cref="Domain.CheckIns.UnitRules.MaxValue"/>.</summary>
    TooLarge,
}

/// <summary>
/// What a value of each unit may be (docs/scorecard.md, "Metrics"), and how numbers are written in data files. Every
/// value and every target is at most <see cref="Domain.CheckIns.UnitRules.MaxValue"/>, the bound the check-in applies too.
/// </summary>
public static class UnitRules
{
    /// <summary>What <paramref name="value"/> breaks of <paramref name="unit"/>, or null when it fits.</summary>
    public static ValueProblem? Find(MetricUnit unit, decimal value)
    {
        if (value < 0m)
        {
            return ValueProblem.Negative;
        }

        if (value > Domain.CheckIns.UnitRules.MaxValue)
        {
            return ValueProblem.TooLarge;
        }

        return unit switch
        {
            MetricUnit.Count when value != decimal.Truncate(value) => ValueProblem.NotWhole,
            MetricUnit.Money when value * 100m != decimal.Truncate(value * 100m) => ValueProblem.TooManyDecimals,
            MetricUnit.Percent when value > 100m => ValueProblem.PercentAbove100,
            _ => null,
        };
    }

    /// <summary>A ratio's target is a fraction (0.40 for 40%); for a percent ratio it is at most 1.</summary>
    public static ValueProblem? FindInRatioTarget(MetricUnit unit, decimal value) =>
        value < 0m ? ValueProblem.NegativeTarget
        : value > Domain.CheckIns.UnitRules.MaxValue ? ValueProblem.TooLarge
        : unit == MetricUnit.Percent && value > 1m ? ValueProblem.TargetAbove1
        : null;

    /// <summary>The problem in English, as the data files' refusals write it.</summary>
    public static string Describe(ValueProblem problem) => problem switch
    {
        ValueProblem.Negative => "a value may not be negative",
        ValueProblem.NotWhole => "a count must be a whole number",
        ValueProblem.TooManyDecimals => "money has at most 2 decimals",
        ValueProblem.PercentAbove100 => "a percentage is at most 100",
        ValueProblem.NegativeTarget => "a target may not be negative",
        ValueProblem.TooLarge => $"a value is at most {FormatNumber(Domain.CheckIns.UnitRules.MaxValue)}",
        _ => "a ratio's target is a fraction (0.40 for 40%), at most 1",
    };

    /// <summary>Reads a number written with '.' as the decimal separator, no thousands separator, no exponent.</summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
