using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>
/// A metric whose figures cannot be computed (a value or plan above 10^15, or arithmetic that overflows decimal) is
/// listed as unavailable; every other metric is computed as always, and the order of both lists is the configuration's.
/// </summary>
public sealed class ScorecardEngineUnavailableTests
{
    private const decimal Huge = 79_000_000_000_000_000_000_000_000_000m;
    private const decimal Bound = 1_000_000_000_000_000m;
    private static readonly ScorecardEngine Engine = new(ZoneThresholds.Default);
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W14");

    private static readonly MetricDefinition[] Funnel =
    [
        MetricBuilder.Entered("leads").Build(),
        MetricBuilder.Entered("qualified").Build(),
        MetricBuilder.Entered("spend").Unit(MetricUnit.Money).Build(),
        MetricBuilder.Ratio("qual_rate", "qualified", "leads").Unit(MetricUnit.Percent).Build(),
        MetricBuilder.Ratio("cost_per_lead", "spend", "leads").Unit(MetricUnit.Money).Build(),
    ];

    /// <summary>What each row adds to the common input, and which metrics then cannot be computed.</summary>
    private static readonly Dictionary<string, (Func<ScorecardInputBuilder, ScorecardInputBuilder> Arrange, string[] Unavailable)> Cases = new()
    {
        ["nothing wrong"] = (input => input, []),
        ["a value at the bound"] = (input => input.Value("spend", "2026-W14", Bound), []),
        ["a value above the bound"] = (input => input.Value("qualified", "2026-W13", Bound + 1m), ["qualified", "qual_rate"]),
        ["7.9e28 in last year"] = (input => input.Value("spend", "2025-W14", Huge), ["spend", "cost_per_lead"]),
        ["a month plan above the bound"] = (input => input.Plan("leads", p => p.Month("2026-04", Huge)), ["leads"]),
        ["a week override above the bound"] = (input => input.Plan("spend", p => p.Override("2026-W14", Huge)), ["spend"]),
        ["a ratio target above the bound"] = (input => input.Plan("cost_per_lead", p => p.Target(2026, Huge)), ["cost_per_lead"]),

        // Within the bound, but last year's 1 / 10^15 against this year's 10^15 / 10 is a change of 10^29: it overflows.
        ["a change against last year that overflows"] = (
            input => input.Value("spend", "2026-W14", Bound).Value("spend", "2025-W14", 1m).Value("leads", "2025-W14", Bound),
            ["cost_per_lead"]),
    };

    public static TheoryData<string> Rows => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Compute_FiguresThatCannotBeComputed_MetricUnavailableOthersComputed(string row)
    {
        var (arrange, unavailable) = Cases[row];
        var input = arrange(new ScorecardInputBuilder()
            .Plan("leads", p => p.Month("2026-03", 40m))
            .Value("leads", "2026-W14", 10m).Value("qualified", "2026-W14", 4m).Value("spend", "2026-W13", 300m))
            .Build();

        var report = Engine.Compute(Week, Funnel, input);

        Assert.Equal(unavailable, report.Unavailable.Select(m => m.Key));
        Assert.Equal(Funnel.Select(m => m.Key).Except(unavailable), report.Metrics.Select(s => s.Metric.Key));
    }

    [Fact]
    public void WeekFigures_AnyValueAboveTheBound_Null()
    {
        var input = new ScorecardInputBuilder().Value("leads", "2026-W13", 5m).Value("leads", "2025-W40", Huge).Build();

        Assert.Null(Engine.WeekFigures(Funnel[0], IsoWeek.Parse("2026-W13"), input));
        Assert.Equal(0m, Engine.WeekFigures(Funnel[1], IsoWeek.Parse("2026-W13"), input)!.Actual); // another metric: computed
    }
}
