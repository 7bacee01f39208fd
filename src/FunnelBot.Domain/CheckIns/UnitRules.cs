using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// The one rule set of a value, wherever it comes from (check-ins, <c>/edit</c>, data files, plans and targets;
/// docs/scorecard.md, "Metrics"): count is a whole number &gt;= 0; money is &gt;= 0 with at most 2 decimals; percent is
/// 0..100 with at most 2 decimals. Trailing zeros do not count as decimals (<c>12.50</c> is fine money, <c>12.0</c> a
/// fine count). A ratio's target is a fraction &gt;= 0, at most 1 for a percent ratio.
/// Any value above <see cref="MaxValue"/> is out of range too: no funnel figure is that large, and it keeps every sum
/// the scorecard makes exact and far from the limit of <see cref="decimal"/> (docs/scorecard.md says why this bound).
/// The first rule broken is reported, in this order: negative, too large, above 100, not whole, too many decimals.
/// </summary>
public static class UnitRules
{
    public const int MaxDecimals = 2;

    public const decimal MaxPercent = 100m;

    /// <summary>10^15: a quadrillion.</summary>
    public const decimal MaxValue = 1_000_000_000_000_000m;

    public static ValueRefusal? Check(MetricUnit unit, decimal value)
    {
        if (value < 0m)
        {
            return ValueRefusal.Negative;
        }

        if (value > MaxValue)
        {
            return ValueRefusal.TooLarge;
        }

        return unit switch
        {
            MetricUnit.Count when value != decimal.Truncate(value) => ValueRefusal.NotWhole,
            MetricUnit.Percent when value > MaxPercent => ValueRefusal.PercentAbove100,
            MetricUnit.Money or MetricUnit.Percent when value != Math.Round(value, MaxDecimals) => ValueRefusal.TooManyDecimals,
            _ => null,
        };
    }

    /// <summary>
    /// As <see cref="Check(MetricUnit, decimal)"/> for a number as it was written: a <c>%</c> fits only a percentage,
    /// a currency only money, and a minus sign nothing (not even <c>-0</c>: a value that is never negative has no sign).
    /// </summary>
    public static ValueRefusal? Check(MetricUnit unit, NumberParseResult parsed) =>
        SignRefusal(unit, parsed, percentFits: unit == MetricUnit.Percent) ?? Check(unit, parsed.Value);

    /// <summary>A ratio's target: a fraction (0.40 for 40%) &gt;= 0 and at most <see cref="MaxValue"/>; for a percent ratio at most 1.</summary>
    public static ValueRefusal? CheckTarget(MetricUnit unit, decimal value) =>
        value < 0m ? ValueRefusal.Negative
        : value > MaxValue ? ValueRefusal.TooLarge
        : unit == MetricUnit.Percent && value > 1m ? ValueRefusal.TargetAbove1
        : null;

    /// <summary>
    /// As <see cref="CheckTarget(MetricUnit, decimal)"/> for a target as it was written; a percent ratio's target may
    /// be written as a percentage (<c>40%</c>), which <see cref="TargetValue"/> turns into its fraction.
    /// </summary>
    public static ValueRefusal? CheckTarget(MetricUnit unit, NumberParseResult parsed) =>
        SignRefusal(unit, parsed, percentFits: unit == MetricUnit.Percent) ?? CheckTarget(unit, TargetValue(parsed));

    /// <summary>The target a number stands for: <c>40%</c> is 0.40, anything else as written.</summary>
    public static decimal TargetValue(NumberParseResult parsed) => parsed.HasPercentSign ? parsed.Value / 100m : parsed.Value;

    private static ValueRefusal? SignRefusal(MetricUnit unit, NumberParseResult parsed, bool percentFits) =>
        parsed.HasPercentSign && !percentFits ? ValueRefusal.PercentSignNotExpected
        : parsed.HasCurrencySign && unit != MetricUnit.Money ? ValueRefusal.CurrencyNotExpected
        : parsed.HasMinusSign ? ValueRefusal.Negative
        : null;
}
