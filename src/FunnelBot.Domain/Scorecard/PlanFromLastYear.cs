using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// A plan from the last complete months: month M of year Y = the sum of the actuals of the weeks of Y-1 whose Thursday
/// is in month M of Y-1, times (1 + growth/100), rounded to the unit (count: whole, money and percent: 2 decimals;
/// halves away from zero). Only a complete base month counts (<see cref="BaseMonth"/>: over in the team's time zone,
/// every week stored); for any other, <see cref="IncompleteMonths"/> says whether the month gets no plan or the same
/// month of Y-2, if that one is complete. A month whose plan would exceed <see cref="CheckIns.UnitRules.MaxValue"/>, the
/// bound of every stored value, gets no plan either (its figures are beyond any sense, e.g. stored before the bound).
/// </summary>
public static class PlanFromLastYear
{
    /// <summary>Growth must be above -100% (a plan of nothing is not a plan) ...</summary>
    public const decimal MinGrowthExclusive = -100m;

    /// <summary>... and at most +1000% (eleven times last year): anything larger is a typing mistake.</summary>
    public const decimal MaxGrowth = 1000m;

    public static bool IsSensibleGrowth(decimal growthPercent) => growthPercent > MinGrowthExclusive && growthPercent <= MaxGrowth;

    /// <summary>
    /// The year a plan is made for when none is given, on the team's day <paramref name="today"/>: in January the
    /// year that has just begun (its base, the year before, is then over), from February on the next one.
    /// </summary>
    public static int DefaultYear(DateOnly today) => today.Month == 1 ? today.Year : today.Year + 1;

    /// <param name="year">The year to plan.</param>
    /// <param name="growthPercent">Growth over the base in percent, see <see cref="IsSensibleGrowth"/>.</param>
    /// <param name="unit">The metric's unit, for rounding.</param>
    /// <param name="values">The metric's stored weekly values of Y-1 and Y-2 (any others are ignored).</param>
    /// <param name="today">The team's day: a base month is over once its last week has ended before it.</param>
    /// <param name="choice">What to do with a month whose base last year is not complete.</param>
    public static PlanFromLastYearResult Compute(
        int year, decimal growthPercent, MetricUnit unit, IReadOnlyDictionary<IsoWeek, decimal> values, DateOnly today, IncompleteMonths choice)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 3);
        if (!IsSensibleGrowth(growthPercent))
        {
            throw new ArgumentOutOfRangeException(nameof(growthPercent), growthPercent, "Growth must be above -100% and at most 1000%.");
        }

        var factor = 1m + (growthPercent / 100m);
        var months = YearMonth.AllOf(year).Select(month =>
        {
            var lastYear = BaseMonth.Of(new YearMonth(year - 1, month.Month), values, today);
            var twoYearsBack = BaseMonth.Of(new YearMonth(year - 2, month.Month), values, today);
            var used = lastYear.IsComplete ? lastYear
                : choice == IncompleteMonths.TwoYearsBack && twoYearsBack.IsComplete ? twoYearsBack
                : null;
            var plan = used?.Actual is { } actual ? WithinBound(actual, factor, unit) : null;
            return new MonthFromLastYear(month, lastYear, twoYearsBack, used, plan);
        });
        return new PlanFromLastYearResult(year, growthPercent, choice, [.. months]);
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
