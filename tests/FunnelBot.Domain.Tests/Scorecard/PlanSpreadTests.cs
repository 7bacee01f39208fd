using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>docs/scorecard.md, "Plans": a year plan is spread so that every week of the ISO year gets the same plan.</summary>
public sealed class PlanSpreadTests
{
    public static TheoryData<int, decimal, decimal[], decimal> Spreads => new()
    {
        // 2025 has 52 weeks; months have 5,4,4,4,5,4,5,4,4,5,4,4 weeks. 5200 x 5 / 52 = 500, 5200 x 4 / 52 = 400.
        { 2025, 5200m, [500m, 400m, 400m, 400m, 500m, 400m, 500m, 400m, 400m, 500m, 400m, 400m], 100m },
        // 2026 has 53 weeks; months have 5,4,4,5,4,4,5,4,4,5,4,5 weeks. 5300 x 5 / 53 = 500, 5300 x 4 / 53 = 400.
        { 2026, 5300m, [500m, 400m, 400m, 500m, 400m, 400m, 500m, 400m, 400m, 500m, 400m, 500m], 100m },
        // 2026: 1060 x 5 / 53 = 100, 1060 x 4 / 53 = 80; weekly 1060 / 53 = 20.
        { 2026, 1060m, [100m, 80m, 80m, 100m, 80m, 80m, 100m, 80m, 80m, 100m, 80m, 100m], 20m },
    };

    [Theory]
    [MemberData(nameof(Spreads))]
    public void YearToMonths_YearPlan_MonthsGetWeeksInMonthShares(int year, decimal yearPlan, decimal[] months, decimal weekly)
    {
        var spread = PlanSpread.YearToMonths(year, yearPlan);

        Assert.Equal(YearMonth.AllOf(year), spread.Select(s => s.Month));
        Assert.Equal(months, spread.Select(s => s.Plan));
        Assert.Equal(yearPlan, spread.Sum(s => s.Plan));

        var plan = new PlanBuilder().Year(year, yearPlan).Build();
        Assert.All(IsoWeek.AllOf(year), week => Assert.Equal(weekly, plan.WeeklyPlan(week)));
        Assert.Equal(yearPlan, plan.SumOfWeeklyPlans(IsoWeek.AllOf(year)));
    }

    [Theory]
    [InlineData(2025, 1000)] // 1000 / 52 = 19.2307692307...: not a terminating decimal
    [InlineData(2026, 1000)] // 1000 / 53 = 18.8679245283...
    [InlineData(2026, 7)]
    public void YearToMonths_YearPlanNotDivisible_EveryWeekEqualAndSumsBackToYear(int year, int yearPlan)
    {
        var plan = new PlanBuilder().Year(year, yearPlan).Build();
        var weekly = IsoWeek.AllOf(year).Select(w => plan.WeeklyPlan(w)!.Value).ToList();

        Assert.All(weekly, w => Assert.Equal(weekly[0], w));
        Assert.Equal(yearPlan, plan.SumOfWeeklyPlans(IsoWeek.AllOf(year)));
        // The stored month plans are not terminating decimals; they sum to the year within 1e-18.
        Assert.InRange(PlanSpread.YearToMonths(year, yearPlan).Sum(s => s.Plan), yearPlan - 1e-18m, yearPlan + 1e-18m);
    }
}
