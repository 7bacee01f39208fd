using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>
/// A year's month plans from the last complete months x (1 + growth). The weeks of 2026 (53 weeks): January W01..W05
/// (Thursday 1 January is W01), February W06..W09, November W45..W48, December W49..W53 (Thursday 31 December is W53,
/// which ends on Sunday 3 January 2027). 2027 has 52 weeks: December 2027 is W48..W52 and ends on Sunday 2 January 2028.
/// </summary>
public sealed class PlanFromLastYearTests
{
    /// <summary>A day long after the years planned here: every base month is over.</summary>
    private static readonly DateOnly Later = new(2030, 6, 1);

    private static Dictionary<IsoWeek, decimal> Values(params IEnumerable<(string Week, decimal Value)> values) =>
        values.ToDictionary(v => IsoWeek.Parse(v.Week), v => v.Value);

    /// <summary>Every week of the month, each with the same value.</summary>
    private static IEnumerable<(string Week, decimal Value)> WholeMonth(int year, int month, decimal weekly) =>
        new YearMonth(year, month).Weeks.Select(week => (week.ToString(), weekly));

    private static MonthFromLastYear Month(PlanFromLastYearResult result, int month) => result.Months[month - 1];

    private static PlanFromLastYearResult Compute(int year, decimal growth, MetricUnit unit, Dictionary<IsoWeek, decimal> values) =>
        PlanFromLastYear.Compute(year, growth, unit, values, Later, IncompleteMonths.LeaveOut);

    [Fact]
    public void Compute_FiveWeekMonth_AllFiveWeeksSummed()
    {
        var values = Values([("2026-W01", 10), ("2026-W02", 11), ("2026-W03", 12), ("2026-W04", 13), ("2026-W05", 14), .. WholeMonth(2026, 2, 25)]);

        var result = Compute(2027, 15m, MetricUnit.Count, values);

        // January 2026: 10+11+12+13+14 = 60; 60 x 1.15 = 69. W06 (Thursday 5 February) belongs to February: 4 x 25.
        Assert.Equal((60m, 69m), (Month(result, 1).LastYear.Actual, Month(result, 1).Plan));
        Assert.Equal((100m, 115m), (Month(result, 2).LastYear.Actual, Month(result, 2).Plan));
        Assert.Equal(new YearMonth(2027, 1), Month(result, 1).Month);
        Assert.Equal(new YearMonth(2026, 1), Month(result, 1).Base!.Month);
    }

    [Theory]
    [InlineData(200_000_000_000_000.0, 0, 200_000_000_000_000.0)] // January: 5 weeks = 10^15 exactly, the bound: planned
    [InlineData(200_000_000_000_000.0, 10, null)]             // x 1.1 is above the bound: no plan
    [InlineData(79_000_000_000_000_000_000_000_000_000.0, 0, null)] // 7.9e28 a week, stored before the bound: the sum overflows, no plan
    public void Compute_PlanAboveTheBound_MonthGetsNoPlan(double weekly, double growth, double? weeklyPlanned)
    {
        var values = Values([.. WholeMonth(2026, 1, (decimal)weekly), .. WholeMonth(2026, 2, 2.5m)]);

        var result = Compute(2027, (decimal)growth, MetricUnit.Count, values);

        Assert.Equal(weeklyPlanned is { } planned ? (decimal)planned * 5 : null, Month(result, 1).Plan);
        Assert.Equal(10m * (1m + ((decimal)growth / 100m)), Month(result, 2).Plan); // February is planned as usual
    }

    [Fact]
    public void Compute_53WeekYear_Week53CountsInDecember()
    {
        var result = Compute(2027, 10m, MetricUnit.Count, Values(WholeMonth(2026, 12, 20)));

        // W49..W53: 5 x 20 = 100; 100 x 1.10 = 110.
        Assert.Equal(5, Month(result, 12).LastYear.Month.Weeks.Count);
        Assert.Equal((100m, 110m), (Month(result, 12).LastYear.Actual, Month(result, 12).Plan));
    }

    [Fact]
    public void Compute_WeekOfNextIsoYear_NotCountedInLastDecember()
    {
        // 2025 has 52 weeks: December 2025 is W49..W52; 2026-W01 (Thursday 1 January 2026) is January 2026.
        // 2025-W01 starts Monday 30 December 2024; its Thursday is 2 January 2025, so it is January 2025.
        var values = Values([.. WholeMonth(2025, 12, 10), ("2026-W01", 99), .. WholeMonth(2025, 1, 4)]);

        var result = Compute(2026, 0m, MetricUnit.Count, values);

        Assert.Equal(40m, Month(result, 12).Plan);
        Assert.Equal(20m, Month(result, 1).Plan);
        Assert.Equal(IsoWeek.Parse("2025-W01"), new YearMonth(2025, 1).Weeks[0]);
    }

    [Fact]
    public void Compute_StoredZeroIsData_NoValueIsNot()
    {
        var values = Values([.. WholeMonth(2026, 3, 0), .. WholeMonth(2026, 4, 1), ("2026-W19", 5)]);

        var result = Compute(2027, 15m, MetricUnit.Count, values);

        Assert.Equal((BaseMonthState.Complete, 0m), (Month(result, 3).LastYear.State, Month(result, 3).Plan));
        Assert.Equal(BaseMonthState.MissingWeeks, Month(result, 5).LastYear.State); // May 2026: W19..W22, only W19 stored
        Assert.Equal(["2026-W20", "2026-W21", "2026-W22"], Month(result, 5).LastYear.MissingWeeks.Select(w => w.ToString()));
        Assert.Equal((BaseMonthState.NoData, null), (Month(result, 6).LastYear.State, Month(result, 6).LastYear.Actual));
        Assert.Equal(10, result.MonthsWithoutPlan.Count);
        Assert.Equal((5m, 6m), (result.BaseTotal, result.PlanTotal)); // March 0 and April (5 weeks) 5 x 1; 5.75 -> 6
    }

    [Fact]
    public void Compute_MonthWithMissingWeeks_NamedAndLeftOutNotPlannedFromAPartialSum()
    {
        // November 2026 (W45..W48): W47 has no value; the partial sum 30 would give a plan a quarter too low.
        var values = Values(("2026-W45", 10), ("2026-W46", 10), ("2026-W48", 10));

        var result = Compute(2027, 0m, MetricUnit.Count, values);

        var november = Month(result, 11);
        Assert.Equal((BaseMonthState.MissingWeeks, 30m), (november.LastYear.State, november.LastYear.Actual));
        Assert.Equal([IsoWeek.Parse("2026-W47")], november.LastYear.MissingWeeks);
        Assert.Equal((true, (decimal?)null, (BaseMonth?)null), (november.IsIncomplete, november.Plan, november.Base));
        Assert.Contains(november, result.Incomplete);
    }

    [Fact]
    public void Compute_RunInDecember_UnfinishedDecemberLeftOutByDefault()
    {
        // Wednesday 8 December 2027: November 2027 is over and complete; December 2027 has three weeks in so far.
        var today = new DateOnly(2027, 12, 8);
        var values = Values([.. WholeMonth(2027, 11, 150_000), ("2027-W48", 100_000), ("2027-W49", 8_350), .. WholeMonth(2026, 12, 120_000)]);

        var result = PlanFromLastYear.Compute(2028, 10m, MetricUnit.Count, values, today, IncompleteMonths.LeaveOut);

        Assert.Equal((BaseMonthState.Complete, 660_000m), (Month(result, 11).LastYear.State, Month(result, 11).Plan)); // 4 x 150 000 x 1.1
        var december = Month(result, 12);
        Assert.Equal(BaseMonthState.NotOver, december.LastYear.State);
        Assert.Null(december.Plan);
        Assert.True(december.CanTakeTwoYearsBack);
        Assert.Equal(660_000m, result.PlanTotal);
    }

    [Fact]
    public void Compute_RunInDecember_TwoYearsBackTakesDecemberOfTheYearBefore()
    {
        var today = new DateOnly(2027, 12, 8);
        var values = Values([.. WholeMonth(2027, 11, 150_000), ("2027-W48", 100_000), ("2027-W49", 8_350), .. WholeMonth(2026, 12, 120_000)]);

        var result = PlanFromLastYear.Compute(2028, 10m, MetricUnit.Count, values, today, IncompleteMonths.TwoYearsBack);

        var december = Month(result, 12);
        Assert.Equal(new YearMonth(2026, 12), december.Base!.Month);
        Assert.Equal((600_000m, 660_000m), (december.Base.Actual, december.Plan)); // 2026-W49..W53: 5 x 120 000, x 1.1
        Assert.True(december.IsFromTwoYearsBack);
        Assert.False(Month(result, 11).IsFromTwoYearsBack); // complete months still come from last year
        Assert.Equal((1_200_000m, 1_320_000m), (result.BaseTotal, result.PlanTotal));
    }

    [Fact]
    public void Compute_TwoYearsBackIncompleteToo_MonthStaysWithoutPlan()
    {
        var today = new DateOnly(2027, 12, 8);
        var values = Values(("2026-W49", 1), ("2026-W50", 1)); // December 2026 misses W51..W53

        var result = PlanFromLastYear.Compute(2028, 0m, MetricUnit.Count, values, today, IncompleteMonths.TwoYearsBack);

        var december = Month(result, 12);
        Assert.Equal((BaseMonthState.MissingWeeks, false), (december.TwoYearsBack.State, december.CanTakeTwoYearsBack));
        Assert.Equal(((BaseMonth?)null, (decimal?)null), (december.Base, december.Plan));
    }

    [Theory]
    [InlineData("2028-01-02", BaseMonthState.NotOver)]  // Sunday of 2027-W52, December's last week: not over yet
    [InlineData("2028-01-03", BaseMonthState.Complete)] // the Monday after: over
    [InlineData("2027-12-31", BaseMonthState.NotOver)]  // the calendar month is over, its last week is not
    public void BaseMonth_OverOnceItsLastWeekHasEnded(string today, BaseMonthState expected)
    {
        var month = BaseMonth.Of(new YearMonth(2027, 12), Values(WholeMonth(2027, 12, 1)), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, month.State);
    }

    [Theory]
    [InlineData("2027-01-01", 2027)] // January: the year that has just begun
    [InlineData("2027-01-31", 2027)]
    [InlineData("2027-02-01", 2028)] // from February on: next year
    [InlineData("2027-11-27", 2028)]
    [InlineData("2027-12-31", 2028)]
    public void DefaultYear_JanuaryThisYearLaterNextYear(string today, int expected)
    {
        Assert.Equal(expected, PlanFromLastYear.DefaultYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Compute_NoDataAtAll_TotalsNull()
    {
        var result = Compute(2027, 15m, MetricUnit.Money, Values());

        Assert.Equal(((decimal?)null, (decimal?)null, 12), (result.BaseTotal, result.PlanTotal, result.MonthsWithoutPlan.Count));
        Assert.All(result.Months, month => Assert.Equal(BaseMonthState.NoData, month.LastYear.State));
    }

    [Theory]
    [InlineData(MetricUnit.Count, 25, -90, 3)]          // 2.5 -> 3 (away from zero, not to even)
    [InlineData(MetricUnit.Count, 200, -10, 180)]        // negative growth
    [InlineData(MetricUnit.Count, 7, 10, 8)]             // 7.7 -> 8
    [InlineData(MetricUnit.Money, 100.01, 15, 115.01)]   // 115.0115 -> 115.01
    [InlineData(MetricUnit.Money, 0.25, -50, 0.13)]      // 0.125 -> 0.13
    [InlineData(MetricUnit.Percent, 33.33, 7.5, 35.83)]  // 35.829750 -> 35.83
    [InlineData(MetricUnit.Count, 3, 1000, 33)]          // the largest growth accepted: x11
    public void Compute_Rounding_ToTheUnitAwayFromZero(MetricUnit unit, double lastYear, double growth, double expected)
    {
        var values = Values([.. WholeMonth(2026, 12, 0).SkipLast(1), ("2026-W53", (decimal)lastYear)]);

        var result = Compute(2027, (decimal)growth, unit, values);

        Assert.Equal((decimal)expected, Month(result, 12).Plan);
    }

    [Theory]
    [InlineData(-100, false)]
    [InlineData(-99.99, true)]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    [InlineData(1000.01, false)]
    public void IsSensibleGrowth_Bounds(double growth, bool sensible)
    {
        Assert.Equal(sensible, PlanFromLastYear.IsSensibleGrowth((decimal)growth));
    }

    [Fact]
    public void Compute_AbsurdGrowth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(2027, -100m, MetricUnit.Count, Values()));
    }
}
