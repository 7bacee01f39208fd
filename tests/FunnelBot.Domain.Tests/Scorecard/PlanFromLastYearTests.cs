using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>
/// Issue #7: a year's month plans from last year's actuals x (1 + growth). The weeks of 2026 (53 weeks): January
/// W01..W05 (Thursday 1 January is W01), February W06..W09, December W49..W53 (Thursday 31 December is W53).
/// </summary>
public sealed class PlanFromLastYearTests
{
    private static Dictionary<IsoWeek, decimal> Values(params (string Week, decimal Value)[] values) =>
        values.ToDictionary(v => IsoWeek.Parse(v.Week), v => v.Value);

    private static MonthFromLastYear Month(PlanFromLastYearResult result, int month) => result.Months[month - 1];

    [Fact]
    public void Compute_FiveWeekMonth_AllFiveWeeksSummed()
    {
        var values = Values(("2026-W01", 10), ("2026-W02", 11), ("2026-W03", 12), ("2026-W04", 13), ("2026-W05", 14), ("2026-W06", 100));

        var result = PlanFromLastYear.Compute(2027, 15m, MetricUnit.Count, values);

        // January 2026: 10+11+12+13+14 = 60; 60 x 1.15 = 69. W06 (Thursday 5 February) belongs to February.
        Assert.Equal((60m, 69m), (Month(result, 1).LastYear, Month(result, 1).Plan));
        Assert.Equal((100m, 115m), (Month(result, 2).LastYear, Month(result, 2).Plan));
        Assert.Equal(new YearMonth(2027, 1), Month(result, 1).Month);
    }

    [Theory]
    [InlineData(200_000_000_000_000.0, 0, 200_000_000_000_000.0)] // January: 5 weeks = 10^15 exactly, the bound: planned
    [InlineData(200_000_000_000_000.0, 10, null)]             // x 1.1 is above the bound: no plan
    [InlineData(79_000_000_000_000_000_000_000_000_000.0, 0, null)] // 7.9e28 a week, stored before the bound: the sum overflows, no plan
    public void Compute_PlanAboveTheBound_MonthGetsNoPlan(double weekly, double growth, double? weeklyPlanned)
    {
        var week = (decimal)weekly;
        var values = Values(("2026-W01", week), ("2026-W02", week), ("2026-W03", week), ("2026-W04", week), ("2026-W05", week), ("2026-W06", 10m));

        var result = PlanFromLastYear.Compute(2027, (decimal)growth, MetricUnit.Count, values);

        Assert.Equal(weeklyPlanned is { } planned ? (decimal)planned * 5 : null, Month(result, 1).Plan);
        Assert.Equal(10m * (1m + ((decimal)growth / 100m)), Month(result, 2).Plan); // February is planned as usual
    }

    [Fact]
    public void Compute_53WeekYear_Week53CountsInDecember()
    {
        var values = Values(("2026-W49", 20), ("2026-W50", 20), ("2026-W51", 20), ("2026-W52", 20), ("2026-W53", 20));

        var result = PlanFromLastYear.Compute(2027, 10m, MetricUnit.Count, values);

        // 5 x 20 = 100; 100 x 1.10 = 110.
        Assert.Equal((100m, 110m), (Month(result, 12).LastYear, Month(result, 12).Plan));
    }

    [Fact]
    public void Compute_WeekOfNextIsoYear_NotCountedInLastDecember()
    {
        // 2025 has 52 weeks: December 2025 is W49..W52; 2026-W01 (Thursday 1 January 2026) is January 2026.
        var values = Values(("2025-W52", 10), ("2026-W01", 99), ("2025-W01", 4));

        var result = PlanFromLastYear.Compute(2026, 0m, MetricUnit.Count, values);

        Assert.Equal(10m, Month(result, 12).Plan);
        Assert.Equal(4m, Month(result, 1).Plan); // 2025-W01 starts Monday 30 December 2024; its Thursday is 2 January 2025
    }

    [Fact]
    public void Compute_MissingWeeksAndMonths_PartialSumAndNoPlanWithoutData()
    {
        var values = Values(("2026-W07", 9), ("2026-W10", 0));

        var result = PlanFromLastYear.Compute(2027, 15m, MetricUnit.Count, values);

        Assert.Equal((9m, 10m), (Month(result, 2).LastYear, Month(result, 2).Plan)); // 9 x 1.15 = 10.35 -> 10
        Assert.Equal((0m, 0m), (Month(result, 3).LastYear, Month(result, 3).Plan)); // a stored 0 is data
        Assert.Equal((null, null), (Month(result, 4).LastYear, Month(result, 4).Plan));
        Assert.Equal(10, result.MonthsWithoutData.Count);
        Assert.Equal(new YearMonth(2027, 1), result.MonthsWithoutData[0]);
        Assert.Equal((9m, 10m), (result.LastYearTotal, result.PlanTotal));
    }

    [Fact]
    public void Compute_NoDataAtAll_TotalsNull()
    {
        var result = PlanFromLastYear.Compute(2027, 15m, MetricUnit.Money, Values());

        Assert.Equal(((decimal?)null, (decimal?)null, 12), (result.LastYearTotal, result.PlanTotal, result.MonthsWithoutData.Count));
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
        var values = Values(("2026-W53", (decimal)lastYear));

        var result = PlanFromLastYear.Compute(2027, (decimal)growth, unit, values);

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
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanFromLastYear.Compute(2027, -100m, MetricUnit.Count, Values()));
    }
}
