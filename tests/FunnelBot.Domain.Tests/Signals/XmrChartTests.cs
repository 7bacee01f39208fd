using FunnelBot.Domain.Signals;

namespace FunnelBot.Domain.Tests.Signals;

/// <summary>
/// The XmR chart of Wheeler, <i>Understanding Variation</i> (2000), chapter 3: X̄ ± 2.66 · mR̄. The example is worked by
/// hand below; the constants are those of every SPC table for moving ranges of two (d2 = 1.128).
/// </summary>
public sealed class XmrChartTests
{
    /// <summary>
    /// Twelve weekly values. Sum 9 + 10 + 12 + 6 + 6 + 8 + 13 + 12 + 10 + 11 + 12 + 11 = 120, so X̄ = 120 / 12 = 10.
    /// Moving ranges |10-9|, |12-10|, |6-12|, |6-6|, |8-6|, |13-8|, |12-13|, |10-12|, |11-10|, |12-11|, |11-12|
    /// = 1, 2, 6, 0, 2, 5, 1, 2, 1, 1, 1, sum 22 over 11 ranges, so mR̄ = 2. 2.66 x 2 = 5.32:
    /// the natural process limits are 10 - 5.32 = 4.68 and 10 + 5.32 = 15.32.
    /// </summary>
    public static readonly decimal[] Example = [9m, 10m, 12m, 6m, 6m, 8m, 13m, 12m, 10m, 11m, 12m, 11m];

    [Fact]
    public void Limits_HandWorkedExample()
    {
        var limits = XmrChart.Limits(Example)!;

        Assert.Equal(10m, limits.Centre);
        Assert.Equal(2m, limits.AverageMovingRange);
        Assert.Equal(4.68m, limits.Lower);
        Assert.Equal(15.32m, limits.Upper);
        Assert.Equal(12, limits.ValuesUsed);
    }

    [Theory]
    [InlineData(16, SignalVerdict.ExceptionalAbove)]
    [InlineData(15.32, SignalVerdict.Routine)] // on the limit is inside
    [InlineData(15, SignalVerdict.Routine)]
    [InlineData(10, SignalVerdict.Routine)]
    [InlineData(5, SignalVerdict.Routine)]
    [InlineData(4.68, SignalVerdict.Routine)]
    [InlineData(4, SignalVerdict.ExceptionalBelow)]
    [InlineData(0, SignalVerdict.ExceptionalBelow)]
    public void Judge_RuleOne_OutsideTheLimitsOnly(double value, SignalVerdict expected) =>
        Assert.Equal(expected, XmrChart.Judge(XmrChart.Limits(Example)!, (decimal)value));

    [Fact]
    public void ScalingFactor_IsThreeOverD2AsWheelerRoundsIt()
    {
        Assert.Equal(2.66m, Math.Round(3m / XmrChart.D2, 2)); // 3 / 1.128 = 2.6596
        Assert.Equal(XmrChart.ScalingFactor, Math.Round(3m / XmrChart.D2, 2));
    }

    [Fact]
    public void Limits_FlatHistory_CollapseOnTheMean_AndAnyOtherValueIsASignal()
    {
        var limits = XmrChart.Limits([5m, 5m, 5m, 5m, 5m, 5m, 5m])!;

        Assert.Equal(0m, limits.AverageMovingRange);
        Assert.Equal((5m, 5m, 5m), (limits.Lower, limits.Centre, limits.Upper));
        Assert.Equal(SignalVerdict.Routine, XmrChart.Judge(limits, 5m));
        Assert.Equal(SignalVerdict.ExceptionalAbove, XmrChart.Judge(limits, 6m));
        Assert.Equal(SignalVerdict.ExceptionalBelow, XmrChart.Judge(limits, 4m));
    }

    [Fact]
    public void Limits_FewerThanSixValues_None()
    {
        Assert.Null(XmrChart.Limits([9m, 10m, 12m, 6m, 6m]));
        Assert.NotNull(XmrChart.Limits([9m, 10m, 12m, 6m, 6m, 8m]));
        Assert.Null(XmrChart.Limits([]));
    }

    [Fact]
    public void Limits_LowerClampedAtZero()
    {
        // 0, 5, 0, 6, 1, 0: X̄ = 12 / 6 = 2; ranges 5, 5, 6, 5, 1 = 22 / 5 = 4.4; 2.66 x 4.4 = 11.704;
        // lower 2 - 11.704 < 0, so 0; upper 13.704.
        var limits = XmrChart.Limits([0m, 5m, 0m, 6m, 1m, 0m])!;

        Assert.Equal(2m, limits.Centre);
        Assert.Equal(4.4m, limits.AverageMovingRange);
        Assert.Equal(0m, limits.Lower);
        Assert.Equal(13.704m, limits.Upper);
        Assert.Equal(SignalVerdict.Routine, XmrChart.Judge(limits, 0m)); // nothing can be below 0
    }

    [Fact]
    public void Limits_UpperClampedAtTheHighestPossible()
    {
        // 95, 99, 90, 100, 92, 98: X̄ = 574 / 6; ranges 4, 9, 10, 8, 6 = 37 / 5 = 7.4; 2.66 x 7.4 = 19.684;
        // upper 95.667 + 19.684 = 115.351 > 100, so 100; lower 574 / 6 - 19.684.
        var limits = XmrChart.Limits([95m, 99m, 90m, 100m, 92m, 98m], highestPossible: 100m)!;

        Assert.Equal(100m, limits.Upper);
        Assert.Equal(574m / 6m - 19.684m, limits.Lower);
        Assert.Equal(SignalVerdict.Routine, XmrChart.Judge(limits, 100m));
        Assert.Equal(115.351m, Math.Round(XmrChart.Limits([95m, 99m, 90m, 100m, 92m, 98m])!.Upper, 3)); // unclamped
    }
}
