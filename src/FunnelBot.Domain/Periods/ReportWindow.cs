namespace FunnelBot.Domain.Periods;

/// <summary>
/// The weeks one period of a report counts (to date), all weeks of that period, and last year's weeks
/// picked by the same rule (docs/scorecard.md, "Periods of a report").
/// </summary>
public sealed record ReportWindow(IReadOnlyList<IsoWeek> Counted, IReadOnlyList<IsoWeek> Full, IReadOnlyList<IsoWeek> LastYear)
{
    public static ReportWindow WeekOf(IsoWeek week)
    {
        var previousYear = week.Year - 1;
        IReadOnlyList<IsoWeek> lastYear = week.Week <= IsoWeek.WeeksInYear(previousYear) ? [new IsoWeek(previousYear, week.Week)] : [];
        return new ReportWindow([week], [week], lastYear);
    }

    public static ReportWindow MonthOf(IsoWeek week)
    {
        var month = week.Month;
        var lastYearMonth = new YearMonth(month.Year - 1, month.Month);
        return ToDate(week, month.Weeks, lastYearMonth.Weeks);
    }

    public static ReportWindow QuarterOf(IsoWeek week)
    {
        var quarter = week.Quarter;
        var lastYearQuarter = new YearQuarter(quarter.Year - 1, quarter.Quarter);
        return ToDate(week, quarter.Weeks, lastYearQuarter.Weeks);
    }

    public static ReportWindow YearOf(IsoWeek week)
    {
        var previousYear = week.Year - 1;
        var lastYearWeeks = Math.Min(week.Week, IsoWeek.WeeksInYear(previousYear));
        return new ReportWindow(
            [.. IsoWeek.AllOf(week.Year).Take(week.Week)],
            [.. IsoWeek.AllOf(week.Year)],
            [.. IsoWeek.AllOf(previousYear).Take(lastYearWeeks)]);
    }

    private static ReportWindow ToDate(IsoWeek week, IReadOnlyList<IsoWeek> full, IReadOnlyList<IsoWeek> lastYearFull) =>
        new([.. full.Where(w => w <= week)], full, [.. lastYearFull.Where(w => w.Week <= week.Week)]);
}
