using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Domain.Tests.Builders;

namespace FunnelBot.Domain.Tests.Signals;

/// <summary>The baseline of a week: its 12 weeks before, missing weeks left out (docs/scorecard.md, "Signal or noise").</summary>
public sealed class MetricSignalsTests
{
    private static readonly IsoWeek Week = new(2026, 48);
    private static readonly MetricDefinition Leads = MetricBuilder.Entered("leads").Build();

    /// <summary>The example of <see cref="XmrChartTests.Example"/> in W36..W47, the 12 weeks before W48.</summary>
    private static ScorecardInputBuilder ExampleInput()
    {
        var input = new ScorecardInputBuilder();
        for (var i = 0; i < 12; i++)
        {
            input.Value("leads", Week.AddWeeks(i - 12).ToString(), XmrChartTests.Example[i]);
        }

        return input;
    }

    [Theory]
    [InlineData(16, SignalVerdict.ExceptionalAbove)]
    [InlineData(15, SignalVerdict.Routine)]
    [InlineData(4, SignalVerdict.ExceptionalBelow)]
    public void Of_JudgesTheWeekAgainstTheTwelveBefore(int value, SignalVerdict expected)
    {
        var input = ExampleInput()
            .Value("leads", "2026-W35", 500m) // the 13th week before: outside the baseline
            .Value("leads", "2026-W48", value)
            .Build();

        var signal = MetricSignals.Of(Leads, Week, input);

        Assert.Equal(expected, signal.Verdict);
        Assert.Equal((decimal)value, signal.Value);
        Assert.Equal(new IsoWeek(2026, 36), signal.Baseline.First);
        Assert.Equal(new IsoWeek(2026, 47), signal.Baseline.Last);
        Assert.Equal(12, signal.Baseline.ValuesUsed);
        Assert.Equal((4.68m, 10m, 15.32m), (signal.Baseline.Limits!.Lower, signal.Baseline.Limits.Centre, signal.Baseline.Limits.Upper));
    }

    [Fact]
    public void Of_MissingWeeksAreLeftOut_NotCountedAsZero()
    {
        // Six values with gaps: W37 10, W39 12, W40 10, W43 12, W45 10, W47 12. X̄ = 66 / 6 = 11; ranges all 2, mR̄ = 2;
        // limits 11 ± 5.32. Counting the six missing weeks as 0 would give X̄ = 5.5 and make 17 a signal.
        var input = new ScorecardInputBuilder()
            .Value("leads", "2026-W37", 10m).Value("leads", "2026-W39", 12m).Value("leads", "2026-W40", 10m)
            .Value("leads", "2026-W43", 12m).Value("leads", "2026-W45", 10m).Value("leads", "2026-W47", 12m)
            .Value("leads", "2026-W48", 16m)
            .Build();

        var signal = MetricSignals.Of(Leads, Week, input);

        Assert.Equal(6, signal.Baseline.ValuesUsed);
        Assert.Equal(11m, signal.Baseline.Limits!.Centre);
        Assert.Equal(2m, signal.Baseline.Limits.AverageMovingRange);
        Assert.Equal(16.32m, signal.Baseline.Limits.Upper);
        Assert.Equal(SignalVerdict.Routine, signal.Verdict);
    }

    [Fact]
    public void Of_FiveValues_NotEnoughHistory_WhateverTheWeek()
    {
        var input = new ScorecardInputBuilder().Values("leads", 2026, 43, 47, 10m).Value("leads", "2026-W48", 1000m).Build();

        var signal = MetricSignals.Of(Leads, Week, input);

        Assert.Equal(SignalVerdict.NotEnoughHistory, signal.Verdict);
        Assert.Null(signal.Baseline.Limits);
        Assert.Equal(5, signal.Baseline.ValuesUsed);
        Assert.False(signal.IsExceptional);
    }

    [Fact]
    public void Of_WeekWithoutValue_NoValue_NotZero()
    {
        var signal = MetricSignals.Of(Leads, Week, ExampleInput().Build());

        Assert.Equal(SignalVerdict.NoValue, signal.Verdict); // a 0 would be below 4.68
        Assert.Null(signal.Value);
        Assert.NotNull(signal.Baseline.Limits);
    }

    [Fact]
    public void Of_StartOfYear_ReachesIntoTheYearBefore()
    {
        // 2027-W03: its 12 weeks before are 2026-W44..W53 and 2027-W01..W02 (2026 has 53 weeks).
        var input = new ScorecardInputBuilder().Values("leads", 2026, 44, 53, 10m).Values("leads", 2027, 1, 2, 10m).Value("leads", "2027-W03", 11m).Build();

        var signal = MetricSignals.Of(Leads, new IsoWeek(2027, 3), input);

        Assert.Equal(new IsoWeek(2026, 44), signal.Baseline.First);
        Assert.Equal(12, signal.Baseline.ValuesUsed);
        Assert.Equal(SignalVerdict.ExceptionalAbove, signal.Verdict); // flat at 10: 11 is a signal
    }

    [Fact]
    public void Of_Ratio_UsesEachWeeksRatio_AndSkipsWeeksWithoutADenominator()
    {
        // Qualified of leads, 7 weeks: 5/10, 6/10, 0/0 (no ratio), 4/10, 5/10, 6/10, 5/10 -> 0.5, 0.6, 0.4, 0.5, 0.6, 0.5;
        // X̄ = 3.1 / 6; ranges 0.1, 0.2, 0.1, 0.1, 0.1 = 0.6 / 5 = 0.12; upper 3.1 / 6 + 0.3192 = 0.8358..., clamped at 1 anyway.
        var rate = MetricBuilder.Ratio("rate", "qualified", "leads").Unit(MetricUnit.Percent).Build();
        decimal[] qualified = [5m, 6m, 0m, 4m, 5m, 6m, 5m];
        decimal[] leads = [10m, 10m, 0m, 10m, 10m, 10m, 10m];
        var builder = new ScorecardInputBuilder();
        for (var i = 0; i < 7; i++)
        {
            var week = Week.AddWeeks(i - 7).ToString();
            builder.Value("qualified", week, qualified[i]).Value("leads", week, leads[i]);
        }

        var signal = MetricSignals.Of(rate, Week, builder.Value("qualified", "2026-W48", 9m).Value("leads", "2026-W48", 10m).Build());

        Assert.Equal(6, signal.Baseline.ValuesUsed);
        Assert.Equal(3.1m / 6m, signal.Baseline.Limits!.Centre);
        Assert.Equal(0.12m, signal.Baseline.Limits.AverageMovingRange);
        Assert.Equal(0.9m, signal.Value);
        Assert.Equal(SignalVerdict.ExceptionalAbove, signal.Verdict);
        Assert.Equal(1m, MetricSignals.HighestPossible(rate));
        Assert.Equal(100m, MetricSignals.HighestPossible(MetricBuilder.Entered("open").Unit(MetricUnit.Percent).Build()));
        Assert.Null(MetricSignals.HighestPossible(Leads));
    }

    [Fact]
    public void Engine_PutsTheSignalOnEveryScore()
    {
        var report = new ScorecardEngine(ZoneThresholds.Default).Compute(Week, [Leads], ExampleInput().Value("leads", "2026-W48", 16m).Build());

        Assert.Equal(SignalVerdict.ExceptionalAbove, report.Metrics[0].Signal.Verdict);
        Assert.Equal(15.32m, report.Metrics[0].Signal.CrossedLimit);
    }
}
