using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;
using static FunnelBot.Domain.Tests.Scorecard.ScorecardEngineTests;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>Ratio metrics, last year, submitted and order: docs/scorecard.md, "Ratio metrics", "Periods of a report" and "The JSON report".</summary>
public sealed class ScorecardEngineRatioAndHistoryTests
{
    private static readonly ScorecardEngine Engine = new(ZoneThresholds.Default);

    private static readonly MetricDefinition[] Funnel =
    [
        MetricBuilder.Entered("leads").Build(),
        MetricBuilder.Entered("qualified").Build(),
        MetricBuilder.Ratio("qual_rate", "qualified", "leads").Unit(MetricUnit.Percent).Build(),
    ];

    public static TheoryData<string, decimal?, decimal?, Zone, decimal?> RatioRows => new()
    {
        // Target 0.20 for 2026. Leads W13 = 10, W14 = 30; qualified W13 = 5, W14 = 3. 2025-W14: 5 of 20.
        // Week W14: 3 / 30 = 0.1; 0.1 / 0.2 = 0.5 red; last year 5 / 20 = 0.25.
        { "week", 0.1m, 0.5m, Zone.Red, 0.25m },
        // April counts W14 only: 0.1; April 2025 w <= 14: W14 -> 0.25.
        { "month", 0.1m, 0.5m, Zone.Red, 0.25m },
        // Q2 counts W14 only.
        { "quarter", 0.1m, 0.5m, Zone.Red, 0.25m },
        // Year: (5 + 3) / (10 + 30) = 0.2 (not the average of weekly ratios, (0.5 + 0.1) / 2 = 0.3); 0.2 / 0.2 = 1.
        { "year", 0.2m, 1m, Zone.Green, 0.25m },
    };

    [Theory]
    [MemberData(nameof(RatioRows))]
    public void Compute_RatioMetric_IsRatioOfSums(string period, decimal? actual, decimal? attainment, Zone zone, decimal? lastYear)
    {
        var input = new ScorecardInputBuilder()
            .Plan("qual_rate", p => p.Target(2026, 0.20m))
            .Value("leads", "2026-W13", 10m).Value("leads", "2026-W14", 30m)
            .Value("qualified", "2026-W13", 5m).Value("qualified", "2026-W14", 3m)
            .Value("leads", "2025-W14", 20m).Value("qualified", "2025-W14", 5m)
            .Build();

        var ratio = Engine.Compute(IsoWeek.Parse("2026-W14"), Funnel, input).Metrics[2];
        var figures = Period(ratio, period);

        Assert.Equal(new PeriodFigures(actual, 0.20m, null, attainment, zone, lastYear, null), ScorecardEngineTests.WithoutPace(figures));
        Assert.Null(figures.NeededPerWeek);
        Assert.True(ratio.Submitted);
    }

    [Fact]
    public void Compute_RatioDenominatorZero_ActualNullAndZoneNone()
    {
        // Both parts stored as 0 in W14: 0 / 0 -> null; but the week counts as submitted.
        var input = new ScorecardInputBuilder()
            .Plan("qual_rate", p => p.Target(2026, 0.20m))
            .Value("leads", "2026-W14", 0m).Value("qualified", "2026-W14", 0m)
            .Build();

        var ratio = Engine.Compute(IsoWeek.Parse("2026-W14"), Funnel, input).Metrics[2];

        Assert.Equal(new PeriodFigures(null, 0.20m, null, null, Zone.None, null, null) { WeeksWithValues = 1 }, ratio.Week);
        Assert.Equal(new PeriodFigures(null, 0.20m, null, null, Zone.None, null, null) { WeeksWithValues = 1, WeeksLeft = 39 }, ratio.Year);
        Assert.True(ratio.Submitted);
    }

    public static TheoryData<string?, string?, string?, bool[]> SubmittedRows => new()
    {
        // leads value, qualified value (null = nothing stored in 2026-W14) -> submitted of leads, qualified, ratio.
        { "12", "3", null, [true, true, true] },
        { "0", "0", null, [true, true, true] }, // a stored 0 is submitted
        { "12", null, null, [true, false, false] }, // ratio needs both parts: denominator only
        { null, "3", null, [false, true, false] }, // numerator only
        { null, null, "2026-W13", [false, false, false] }, // a value in another week does not count
    };

    [Theory]
    [MemberData(nameof(SubmittedRows))]
    public void Compute_ValuesStoredOrNot_SubmittedFollowsTheReportWeek(string? leads, string? qualified, string? otherWeek, bool[] expected)
    {
        var builder = new ScorecardInputBuilder();
        if (leads is not null)
        {
            builder.Value("leads", "2026-W14", decimal.Parse(leads, CultureInfo.InvariantCulture));
        }

        if (qualified is not null)
        {
            builder.Value("qualified", "2026-W14", decimal.Parse(qualified, CultureInfo.InvariantCulture));
        }

        if (otherWeek is not null)
        {
            builder.Value("leads", otherWeek, 5m).Value("qualified", otherWeek, 1m);
        }

        var report = Engine.Compute(IsoWeek.Parse("2026-W14"), Funnel, builder.Build());

        Assert.Equal(expected, report.Metrics.Select(m => m.Submitted));
    }

    public static TheoryData<string, decimal?> Week53Rows => new()
    {
        // 1 entered in every week of 2025 (52 weeks). Report 2026-W53: 2025 has no W53.
        { "week", null },
        { "month", 4m }, // December 2025 = W49..W52, all w <= 53
        { "quarter", 13m }, // Q4 2025 = W40..W52
        { "year", 52m }, // 1..min(53, 52)
    };

    [Theory]
    [MemberData(nameof(Week53Rows))]
    public void Compute_Week53AfterA52WeekYear_LastYearUsesTheWeeksThatExist(string period, decimal? lastYear)
    {
        var input = new ScorecardInputBuilder().Values("leads", 2025, 1, 52, 1m).Value("leads", "2026-W53", 5m).Build();

        var score = Single(Engine.Compute(IsoWeek.Parse("2026-W53"), [MetricBuilder.Entered("leads").Build()], input));

        Assert.Equal(lastYear, Period(score, period).LastYear);
    }

    [Theory]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("quarter")]
    [InlineData("year")]
    public void Compute_LastYearNothingStoredVersusZerosStored_NullVersusZero(string period)
    {
        // "empty" has no 2025 values; "zeros" has 0 stored in 2025-W14 (picked by every period of 2026-W14).
        var input = new ScorecardInputBuilder()
            .Value("empty", "2026-W14", 3m)
            .Value("zeros", "2026-W14", 3m).Value("zeros", "2025-W14", 0m)
            .Build();
        MetricDefinition[] metrics = [MetricBuilder.Entered("empty").Build(), MetricBuilder.Entered("zeros").Build()];

        var report = Engine.Compute(IsoWeek.Parse("2026-W14"), metrics, input);

        Assert.Null(Period(report.Metrics[0], period).LastYear);
        Assert.Equal(0m, Period(report.Metrics[1], period).LastYear);
        Assert.Null(Period(report.Metrics[1], period).ChangeAgainstLastYear);
    }

    [Fact]
    public void Compute_AnyMetrics_KeepConfigurationOrder()
    {
        MetricDefinition[] metrics =
        [
            MetricBuilder.Entered("zeta").Build(),
            MetricBuilder.Ratio("alpha", "zeta", "mid").Build(),
            MetricBuilder.Entered("mid").Build(),
        ];

        var report = Engine.Compute(IsoWeek.Parse("2026-W14"), metrics, new ScorecardInputBuilder().Build());

        Assert.Equal(["zeta", "alpha", "mid"], report.Metrics.Select(m => m.Metric.Key));
        Assert.Equal(IsoWeek.Parse("2026-W14"), report.Week);
    }

    [Fact]
    public void WeekFigures_EnteredMetric_EqualsTheReportsWeek()
    {
        // March 2026 = 4 weeks, plan 40: 10 a week. 9 in W11: 0.9 yellow; 2025-W11 = 8.
        var input = new ScorecardInputBuilder()
            .Plan("leads", p => p.Month("2026-03", 40m))
            .Value("leads", "2026-W11", 9m).Value("leads", "2025-W11", 8m)
            .Build();
        var metric = MetricBuilder.Entered("leads").Build();

        var figures = Engine.WeekFigures(metric, IsoWeek.Parse("2026-W11"), input);

        Assert.Equal(new PeriodFigures(9m, 10m, 10m, 0.9m, Zone.Yellow, 8m, null) { WeeksWithValues = 1 }, figures);
    }

    [Theory]
    [InlineData(12, 10, 0.2)] // (12 - 10) / 10
    [InlineData(8, 10, -0.2)]
    public void ChangeAgainstLastYear_BothKnown_IsRelativeChange(int actual, int lastYear, double expected)
    {
        var figures = new PeriodFigures(actual, null, null, null, Zone.None, lastYear, null);

        Assert.Equal((decimal)expected, figures.ChangeAgainstLastYear);
    }
}
