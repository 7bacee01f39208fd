using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>One month of a plan made from last year: the same month's actual a year earlier (null: nothing stored) and the new plan.</summary>
public sealed record MonthFromLastYear(YearMonth Month, decimal? LastYear, decimal? Plan);

/// <summary>An entered metric's month plans for a year, made from the year before; months without data get no plan.</summary>
public sealed record PlanFromLastYearResult(int Year, decimal GrowthPercent, IReadOnlyList<MonthFromLastYear> Months)
{
    /// <summary>Last year's actual over the months that had data; null when none had.</summary>
    public decimal? LastYearTotal => SumOf(Months.Select(month => month.LastYear));

    /// <summary>The new year's plan over the months that get one; null when none does.</summary>
    public decimal? PlanTotal => SumOf(Months.Select(month => month.Plan));

    public IReadOnlyList<YearMonth> MonthsWithoutData => [.. Months.Where(month => month.Plan is null).Select(month => month.Month)];

    private static decimal? SumOf(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)null, (sum, value) => value is { } v ? (sum ?? 0m) + v : sum);
}

/// <summary>
/// A plan from last year's results: month M of year Y = the sum of the actuals of the weeks of Y-1 whose
/// Thursday is in month M of Y-1, times (1 + growth/100), rounded to the unit (count: whole, money and percent:
/// 2 decimals; halves away from zero). A month with no stored value at all last year gets no plan, and neither does one
/// whose plan would exceed <see cref="CheckIns.UnitRules.MaxValue"/>, the bound of every stored value (last year's
/// figures are then beyond any sense, e.g. stored by a release before the bound).
/// </summary>
public static class PlanFromLastYear
{
    /// <summary>Growth must be above -100% (a plan of nothing is not a plan) ...</summary>
    public const decimal MinGrowthExclusive = -100m;

    /// <summary>... and at most +1000% (eleven times last year): anything larger is a typing mistake.</summary>
    public const decimal MaxGrowth = 1000m;

    public static bool IsSensibleGrowth(decimal growthPercent) => growthPercent > MinGrowthExclusive && growthPercent <= MaxGrowth;

    public static PlanFromLastYearResult Compute(int year, decimal growthPercent, MetricUnit unit, IReadOnlyDictionary<IsoWeek, decimal> values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2);
        if (!IsSensibleGrowth(growthPercent))
        {
            throw new ArgumentOutOfRangeException(nameof(growthPercent), growthPercent, "Growth must be above -100% and at most 1000%.");
        }

        var factor = 1m + (growthPercent / 100m);
        var months = YearMonth.AllOf(year).Select(month =>
        {
            var lastYear = MonthActual(new YearMonth(year - 1, month.Month), values);
            return new MonthFromLastYear(month, lastYear, lastYear is { } actual ? WithinBound(actual, factor, unit) : null);
        });
        return new PlanFromLastYearResult(year, growthPercent, [.. months]);
    }

    /// <summary>
    /// The sum of the stored values of the month's weeks (Thursday rule); null when none of them has one. A sum beyond
    /// <see cref="decimal"/> (values stored before the bound) is the largest decimal: it gets no plan either way.
    /// </summary>
    public static decimal? MonthActual(YearMonth month, IReadOnlyDictionary<IsoWeek, decimal> values)
    {
        decimal? sum = null;
        foreach (var week in month.Weeks)
        {
            if (values.TryGetValue(week, out var value))
            {
                try
                {
                    sum = (sum ?? 0m) + value;
                }
                catch (OverflowException)
                {
                    return decimal.MaxValue;
                }
            }
        }

        return sum;
    }

    private static decimal? WithinBound(decimal actual, decimal factor, MetricUnit unit)
    {
        if (actual > CheckIns.UnitRules.MaxValue)
        {
            return null;
        }

        var plan = RoundToUnit(actual * factor, unit);
        return plan <= CheckIns.UnitRules.MaxValue ? plan : null;
    }

    /// <summary>count: whole; money and percent: 2 decimals; halves away from zero.</summary>
    public static decimal RoundToUnit(decimal value, MetricUnit unit) =>
        Math.Round(value, unit == MetricUnit.Count ? 0 : 2, MidpointRounding.AwayFromZero);
}
