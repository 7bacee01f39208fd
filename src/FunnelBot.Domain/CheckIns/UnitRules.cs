using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>What a value breaks of its metric's unit (docs/scorecard.md, "Metrics").</summary>
public enum UnitViolation
{
    /// <summary>Below 0.</summary>
    Negative,

    /// <summary>A count with decimals.</summary>
    NotWhole,

    /// <summary>Money or a percentage with more than 2 decimals.</summary>
    TooManyDecimals,

    /// <summary>A percentage above 100.</summary>
    OutOfRange,

    /// <summary>Any value above <see cref="UnitRules.MaxValue"/>.</summary>
    TooLarge,

    /// <summary>Typed with <c>%</c> for a metric that is not a percentage.</summary>
    UnexpectedPercentSign,
}

/// <summary>
/// The unit rules: count is a whole number &gt;= 0; money is &gt;= 0 with at most 2 decimals; percent is 0..100 with
/// at most 2 decimals. Trailing zeros do not count as decimals (<c>12.50</c> is fine money, <c>12.0</c> a fine count).
/// Any value above <see cref="MaxValue"/> is out of range too: no funnel figure is that large, and it keeps every sum
/// the scorecard makes far from the limit of <see cref="decimal"/>.
/// This is the one bound of every value the bot stores: check-ins, <c>/edit</c>, data files, plans and targets.
/// The first rule broken is reported, in this order: negative, too large, out of range, not whole, too many decimals.
/// </summary>
public static class UnitRules
{
    public const int MaxDecimals = 2;

    public const decimal MaxPercent = 100m;

    /// <summary>10^15: a quadrillion.</summary>
    public const decimal MaxValue = 1_000_000_000_000_000m;

    public static UnitViolation? Check(MetricUnit unit, decimal value)
    {
        if (value < 0m)
        {
            return UnitViolation.Negative;
        }

        if (value > MaxValue)
        {
            return UnitViolation.TooLarge;
        }

        return unit switch
        {
            MetricUnit.Count when value != decimal.Truncate(value) => UnitViolation.NotWhole,
            MetricUnit.Percent when value > MaxPercent => UnitViolation.OutOfRange,
            MetricUnit.Money or MetricUnit.Percent when value != Math.Round(value, MaxDecimals) => UnitViolation.TooManyDecimals,
            _ => null,
        };
    }

    /// <summary>As <see cref="Check(MetricUnit, decimal)"/> for a parsed answer; a <c>%</c> fits only a percentage.</summary>
    public static UnitViolation? Check(MetricUnit unit, NumberParseResult parsed)
    {
        if (parsed.HasPercentSign && unit != MetricUnit.Percent)
        {
            return UnitViolation.UnexpectedPercentSign;
        }

        return Check(unit, parsed.Value);
    }
}
