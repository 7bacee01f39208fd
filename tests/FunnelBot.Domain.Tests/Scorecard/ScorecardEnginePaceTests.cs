using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>docs/scorecard.md, "Missing, pace and forecast as shown": weeks with values, weeks left, needed per week.</summary>
public sealed class ScorecardEnginePaceTests
{
    private static readonly ScorecardEngine Engine = new(ZoneThresholds.Default);

    public static TheoryData<string, int, int, decimal?> PaceRows => new()
    {
        // Year plan 530 in 2026 (53 weeks, 10 a week); 12 entered in W1..W14, reported at W14.
        // The week itself has no pace.
        { "week", 1, 0, null },
        // April 2026 = W14..W18: 12 of 50 after W14, 4 weeks left: 38 / 4 = 9.5.
        { "month", 1, 4, 9.5m },
        // Q2 = W14..W26: 118 left over 12 weeks.
        { "quarter", 1, 12, 118m / 12m },
        // Year: 168 of 530, 39 weeks left.
        { "year", 14, 39, 362m / 39m },
    };

    [Theory]
    [MemberData(nameof(PaceRows))]
    public void Compute_EnteredMetric_NeedsTheRestOfThePlanOverTheWeeksLeft(string period, int weeksWithValues, int weeksLeft, decimal? needed)
    {
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Year(2026, 530m))
            .Values("leads", 2026, 1, 14, 12m)
            .Build();

        var figures = ScorecardEngineTests.Period(Score(input, "2026-W14", MetricBuilder.Entered("leads").Build()), period);

        Assert.Equal(weeksWithValues, figures.WeeksWithValues);
        Assert.Equal(weeksLeft, figures.WeeksLeft);
        Assert.Equal(needed, figures.NeededPerWeek);
    }

    [Fact]
    public void Compute_PlanAlreadyReached_NeedsZero()
    {
        // April plan 50, 60 entered in W14: reached with 4 weeks to go.
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Month("2026-04", 50m))
            .Value("leads", "2026-W14", 60m)
            .Build();

        var month = Score(input, "2026-W14", MetricBuilder.Entered("leads").Build()).Month;

        Assert.Equal(0m, month.NeededPerWeek);
        Assert.Equal(4, month.WeeksLeft);
    }

    [Theory]
    [InlineData(20, 7.5)] // 50 allowed in April, 20 spent: at most 30 over 4 weeks.
    [InlineData(55, 0)] // already over the limit: nothing more per week keeps it on plan.
    public void Compute_LowerIsBetter_NeededIsTheMostPerWeekThatKeepsThePlan(int spent, double most)
    {
        var input = new ScorecardInputBuilder()
            .Plan("cost", p => p.Month("2026-04", 50m))
            .Value("cost", "2026-W14", spent)
            .Build();

        var month = Score(input, "2026-W14", MetricBuilder.Entered("cost").Direction(MetricDirection.Lower).Build()).Month;

        Assert.Equal((decimal)most, month.NeededPerWeek);
    }

    [Fact]
    public void Compute_LastWeekOfThePeriod_HasNoWeekLeftAndNoNeed()
    {
        // April 2026 ends with W18.
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Month("2026-04", 50m))
            .Value("leads", "2026-W18", 10m)
            .Build();

        var month = Score(input, "2026-W18", MetricBuilder.Entered("leads").Build()).Month;

        Assert.Equal(0, month.WeeksLeft);
        Assert.Null(month.NeededPerWeek);
        Assert.Equal(1, month.WeeksWithValues);
    }

    [Fact]
    public void Compute_NoPlan_HasNoNeed()
    {
        var input = new ScorecardInputBuilder().Value("leads", "2026-W14", 14m).Build();

        var quarter = Score(input, "2026-W14", MetricBuilder.Entered("leads").Build()).Quarter;

        Assert.Null(quarter.NeededPerWeek);
        Assert.Equal(12, quarter.WeeksLeft);
    }

    [Fact]
    public void Compute_NoValueInTheMonth_CountsNoWeekWithValues()
    {
        // A value in March only: April to date (W14) has none, the year has one.
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Year(2026, 530m))
            .Value("leads", "2026-W10", 14m)
            .Build();

        var score = Score(input, "2026-W14", MetricBuilder.Entered("leads").Build());

        Assert.False(score.Month.HasValues);
        Assert.False(score.Week.HasValues);
        Assert.Equal(1, score.Year.WeeksWithValues);
    }

    [Fact]
    public void Compute_Ratio_CountsWeeksWithBothValuesAndHasNoNeed()
    {
        // Leads in W13 and W14, qualified only in W14.
        var metrics = new[]
        {
            MetricBuilder.Entered("leads").Build(),
            MetricBuilder.Entered("qualified").Build(),
            MetricBuilder.Ratio("rate", "qualified", "leads").Build(),
        };
        var input = new ScorecardInputBuilder()
            .Plan("rate", p => p.Target(2026, 0.2m))
            .Value("leads", "2026-W13", 10m).Value("leads", "2026-W14", 30m)
            .Value("qualified", "2026-W14", 3m)
            .Build();

        var ratio = Engine.Compute(IsoWeek.Parse("2026-W14"), metrics, input).Metrics[2];

        Assert.Equal(1, ratio.Year.WeeksWithValues);
        Assert.Null(ratio.Year.NeededPerWeek);
    }

    private static MetricScore Score(ScorecardInput input, string week, MetricDefinition metric) =>
        Assert.Single(Engine.Compute(IsoWeek.Parse(week), [metric], input).Metrics);
}
