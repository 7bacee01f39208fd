using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>Entered metrics through the engine: docs/scorecard.md, "Periods of a report" and "Attainment and zones".</summary>
public sealed class ScorecardEngineTests
{
    private static readonly ScorecardEngine Engine = new(ZoneThresholds.Default);

    public static TheoryData<string, decimal, decimal, decimal, decimal, Zone, decimal?, decimal?> OnPaceRows => new()
    {
        // Year plan 530 in 2026 (53 weeks): 10 every week. 12 entered in W1..W14; 9 in every week of 2025.
        // Week W14: 12 / 10 = 1.2; last year 2025-W14 = 9.
        { "week", 12m, 10m, 10m, 1.2m, Zone.Green, 9m, null },
        // April 2026 = W14..W18, counted W14: plan 10, full 5 x 10 = 50; forecast 12 / 10 x 50 = 60.
        // April 2025 = W14..W17, w <= 14: W14 = 9.
        { "month", 12m, 10m, 50m, 1.2m, Zone.Green, 9m, 60m },
        // Q2 2026 = W14..W26, counted W14: full 13 x 10 = 130; forecast 12 / 10 x 130 = 156. Q2 2025 w <= 14: 9.
        { "quarter", 12m, 10m, 130m, 1.2m, Zone.Green, 9m, 156m },
        // Year: actual 14 x 12 = 168, plan 14 x 10 = 140, full 530; 168 / 140 = 1.2; forecast 1.2 x 530 = 636.
        // Last year weeks 1..14: 14 x 9 = 126.
        { "year", 168m, 140m, 530m, 1.2m, Zone.Green, 126m, 636m },
    };

    [Theory]
    [MemberData(nameof(OnPaceRows))]
    public void Compute_EnteredMetricAboveYearPlan_GivesEveryPeriodsFigures(
        string period, decimal actual, decimal plan, decimal planFull, decimal attainment, Zone zone, decimal? lastYear, decimal? forecast)
    {
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Year(2026, 530m))
            .Values("leads", 2026, 1, 14, 12m)
            .Values("leads", 2025, 1, 52, 9m)
            .Build();

        var figures = Period(Single(Engine.Compute(IsoWeek.Parse("2026-W14"), [MetricBuilder.Entered("leads").Build()], input)), period);

        Assert.Equal(new PeriodFigures(actual, plan, planFull, attainment, zone, lastYear, forecast), WithoutPace(figures));
    }

    [Fact]
    public void Compute_ForecastWithNonTerminatingPace_IsExact()
    {
        // March 2026 = W10..W13, plan 60: 15 a week. Report W12: actual 15 + 0 + 0 = 15, plan 45, full 60.
        // Forecast = 15 / 45 x 60 = 20 exactly (not 19.999...).
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Month("2026-03", 60m))
            .Value("leads", "2026-W10", 15m)
            .Value("leads", "2026-W11", 0m)
            .Value("leads", "2026-W12", 0m)
            .Build();

        var month = Single(Engine.Compute(IsoWeek.Parse("2026-W12"), [MetricBuilder.Entered("leads").Build()], input)).Month;

        Assert.Equal(20m, month.Forecast);
        Assert.Equal(Zone.Red, month.Zone);
    }

    public static TheoryData<bool, string, decimal?, Zone, decimal> NoPlanRows => new()
    {
        // Only 14 entered, in 2026-W14. Forecast = actual x weeks in period / weeks counted.
        // No plan: plan null, attainment null, zone none.
        { false, "month", null, Zone.None, 70m }, // April: 14 x 5 / 1
        { false, "quarter", null, Zone.None, 182m }, // Q2: 14 x 13 / 1
        { false, "year", null, Zone.None, 53m }, // 14 x 53 / 14
        // Plan 0 (a year plan of 0): plan 0, attainment null, higher is green; same forecast rule.
        { true, "month", 0m, Zone.Green, 70m },
        { true, "quarter", 0m, Zone.Green, 182m },
        { true, "year", 0m, Zone.Green, 53m },
    };

    [Theory]
    [MemberData(nameof(NoPlanRows))]
    public void Compute_NoPlanOrZeroPlan_ForecastsByWeeks(bool zeroPlan, string period, decimal? plan, Zone zone, decimal forecast)
    {
        var builder = new ScorecardInputBuilder().Value("leads", "2026-W14", 14m);
        if (zeroPlan)
        {
            builder.Plan("leads", p => p.Year(2026, 0m));
        }

        var figures = Period(Single(Engine.Compute(IsoWeek.Parse("2026-W14"), [MetricBuilder.Entered("leads").Build()], builder.Build())), period);

        Assert.Equal(plan, figures.Plan);
        Assert.Equal(plan, figures.PlanFull);
        Assert.Null(figures.Attainment);
        Assert.Equal(zone, figures.Zone);
        Assert.Equal(forecast, figures.Forecast);
    }

    public static TheoryData<string, decimal, decimal, decimal?, Zone, decimal> OverrideRows => new()
    {
        // 10 a week in 2026; W14 overridden to 0 (away). 10 entered in W1..W13, nothing in W14.
        { "week", 0m, 0m, null, Zone.Green, 0m },
        // April W14..W18: to date 0, full 0 + 4 x 10 = 40; plan 0 -> forecast 0 x 5 / 1 = 0.
        { "month", 0m, 40m, null, Zone.Green, 0m },
        // Q2 W14..W26: to date 0, full 12 x 10 = 120.
        { "quarter", 0m, 120m, null, Zone.Green, 0m },
        // Year: to date 13 x 10 = 130, full 52 x 10 = 520; actual 130 -> 1.0; forecast 130 / 130 x 520 = 520.
        { "year", 130m, 520m, 1m, Zone.Green, 520m },
    };

    [Theory]
    [MemberData(nameof(OverrideRows))]
    public void Compute_WeekOverriddenToZero_LowersEveryPlan(
        string period, decimal plan, decimal planFull, decimal? attainment, Zone zone, decimal forecast)
    {
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Year(2026, 530m).Override("2026-W14", 0m))
            .Values("leads", 2026, 1, 13, 10m)
            .Build();

        var figures = Period(Single(Engine.Compute(IsoWeek.Parse("2026-W14"), [MetricBuilder.Entered("leads").Build()], input)), period);

        Assert.Equal(plan, figures.Plan);
        Assert.Equal(planFull, figures.PlanFull);
        Assert.Equal(attainment, figures.Attainment);
        Assert.Equal(zone, figures.Zone);
        Assert.Equal(period == "week" ? null : forecast, figures.Forecast);
    }

    [Fact]
    public void Compute_YearPlanNotDivisibleByWeeks_QuarterOnPlanIsExactlyGreen()
    {
        // 1000 a year in 2025 (52 weeks); Q1 2025 = W1..W13: plan 13 x 1000 / 52 = 250. 250 entered in W13.
        var input = new ScorecardInputBuilder().Plan("leads", p => p.Year(2025, 1000m)).Value("leads", "2025-W13", 250m).Build();

        var score = Single(Engine.Compute(IsoWeek.Parse("2025-W13"), [MetricBuilder.Entered("leads").Build()], input));

        Assert.Equal(250m, score.Quarter.Plan);
        Assert.Equal(1m, score.Quarter.Attainment);
        Assert.Equal(Zone.Green, score.Quarter.Zone);
        Assert.Equal(1000m, score.Year.PlanFull);
    }

    [Fact]
    public void Compute_LowerDirection_AttainmentIsPlanOverActual()
    {
        // March 2026 plan 400 over 4 weeks: 100 a week. Cost 80 in W10: 100 / 80 = 1.25.
        var input = new ScorecardInputBuilder().Plan("cpl", p => p.Month("2026-03", 400m)).Value("cpl", "2026-W10", 80m).Build();
        var metric = MetricBuilder.Entered("cpl").Direction(MetricDirection.Lower).Unit(MetricUnit.Money).Build();

        var week = Single(Engine.Compute(IsoWeek.Parse("2026-W10"), [metric], input)).Week;

        Assert.Equal(1.25m, week.Attainment);
        Assert.Equal(Zone.Green, week.Zone);
    }

    internal static MetricScore Single(ScorecardReport report) => Assert.Single(report.Metrics);

    /// <summary>The figures without the weeks counted and the pace, which <see cref="ScorecardEnginePaceTests"/> checks.</summary>
    internal static PeriodFigures WithoutPace(PeriodFigures figures) => figures with { WeeksWithValues = 0, WeeksLeft = 0, NeededPerWeek = null };

    internal static PeriodFigures Period(MetricScore score, string period) => period switch
    {
        "week" => score.Week,
        "month" => score.Month,
        "quarter" => score.Quarter,
        _ => score.Year,
    };
}
