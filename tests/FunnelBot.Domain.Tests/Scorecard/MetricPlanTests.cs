using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>docs/scorecard.md, "Plans": weekly plans, overrides and sums of weekly plans.</summary>
public sealed class MetricPlanTests
{
    [Theory]
    [InlineData("2026-W10", 10)] // March 2026 has 4 weeks: 40 / 4
    [InlineData("2026-W14", 12)] // April 2026 has 5 weeks (W14 starts in March): 60 / 5
    [InlineData("2026-W19", null)] // May has no plan
    public void WeeklyPlan_MonthPlan_IsMonthOverItsWeeks(string week, int? expected)
    {
        var plan = new PlanBuilder().Month("2026-03", 40m).Month("2026-04", 60m).Build();

        Assert.Equal(expected, plan.WeeklyPlan(IsoWeek.Parse(week)));
    }

    public static TheoryData<string, decimal, decimal> OverriddenPeriods => new()
    {
        // Year plan 530 in 2026 (53 weeks): 10 a week. W14 (April, Q2) overridden to 0.
        { "week", 0m, 0m },
        // April = W14..W18: full 0 + 4 x 10 = 40; to date (W14) 0.
        { "month", 0m, 40m },
        // Q2 = W14..W26 (13 weeks): full 0 + 12 x 10 = 120; to date (W14) 0.
        { "quarter", 0m, 120m },
        // Year: to date W1..W14 = 13 x 10 + 0 = 130; full 52 x 10 + 0 = 520.
        { "year", 130m, 520m },
    };

    [Theory]
    [MemberData(nameof(OverriddenPeriods))]
    public void SumOfWeeklyPlans_OneWeekOverriddenToZero_LowersToDateAndFullPlans(string period, decimal toDate, decimal full)
    {
        var plan = new PlanBuilder().Year(2026, 530m).Override("2026-W14", 0m).Build();
        var week = IsoWeek.Parse("2026-W14");
        var window = period switch
        {
            "week" => ReportWindow.WeekOf(week),
            "month" => ReportWindow.MonthOf(week),
            "quarter" => ReportWindow.QuarterOf(week),
            _ => ReportWindow.YearOf(week),
        };

        Assert.Equal(toDate, plan.SumOfWeeklyPlans(window.Counted));
        Assert.Equal(full, plan.SumOfWeeklyPlans(window.Full));
    }

    [Fact]
    public void SumOfWeeklyPlans_NoWeekHasPlan_IsNull()
    {
        var plan = new PlanBuilder().Month("2026-04", 50m).Build();

        // March 2026 (W10..W13) has no plan and no override.
        Assert.Null(plan.SumOfWeeklyPlans(YearMonth.Parse("2026-03").Weeks));
        Assert.Null(plan.SumOfWeeklyPlans([]));
    }

    [Fact]
    public void SumOfWeeklyPlans_SomeWeeksWithoutPlan_CountThemZero()
    {
        // Only April (W14..W18) has a plan: 50 / 5 = 10 a week. Weeks 1..14 -> only W14 counts: 10.
        var plan = new PlanBuilder().Month("2026-04", 50m).Build();

        Assert.Equal(10m, plan.SumOfWeeklyPlans(IsoWeek.AllOf(2026).Take(14)));
        Assert.Equal(50m, plan.SumOfWeeklyPlans(IsoWeek.AllOf(2026)));
    }

    [Fact]
    public void SumOfWeeklyPlans_OverrideInMonthWithoutPlan_CountsOnlyTheOverride()
    {
        // No month plans; W11 overridden to 5: March (W10..W13) sums to 5.
        var plan = new PlanBuilder().Override("2026-W11", 5m).Build();

        Assert.Equal(5m, plan.SumOfWeeklyPlans(YearMonth.Parse("2026-03").Weeks));
        Assert.Null(plan.WeeklyPlan(IsoWeek.Parse("2026-W10")));
    }

    [Fact]
    public void SumOfWeeklyPlans_WeekOverriddenToZeroWhereNoMonthPlan_IsZeroNotNull()
    {
        var plan = new PlanBuilder().Override("2026-W11", 0m).Build();

        Assert.Equal(0m, plan.SumOfWeeklyPlans(YearMonth.Parse("2026-03").Weeks));
    }

    [Theory]
    [InlineData(2026, 0.4)]
    [InlineData(2025, null)]
    public void RatioTarget_Year_IsTheTargetOfThatIsoYear(int year, double? expected)
    {
        var plan = new PlanBuilder().Target(2026, 0.40m).Build();

        Assert.Equal((decimal?)expected, plan.RatioTarget(year));
    }
}
