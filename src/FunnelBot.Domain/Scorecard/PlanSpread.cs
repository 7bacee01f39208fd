using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>Spreads a whole year's plan over its months so that every week of the ISO year gets the same share.</summary>
public static class PlanSpread
{
    /// <summary>
    /// month plan = year plan x weeks in month / weeks in year, for each month of the year
    /// (rounded to <see cref="DecimalPrecision.WeeklyPlanDigits"/> significant digits when it does not terminate).
    /// </summary>
    public static IReadOnlyList<(YearMonth Month, decimal Plan)> YearToMonths(int year, decimal yearPlan)
    {
        var weeksInYear = IsoWeek.WeeksInYear(year);
        return [.. YearMonth.AllOf(year).Select(month => (month, MonthShare(yearPlan, month.WeekCount, weeksInYear)))];
    }

    private static decimal MonthShare(decimal yearPlan, int weeksInMonth, int weeksInYear) =>
        DecimalPrecision.RoundSignificant(yearPlan * weeksInMonth / weeksInYear, DecimalPrecision.WeeklyPlanDigits);
}
