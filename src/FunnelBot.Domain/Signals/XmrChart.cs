namespace FunnelBot.Domain.Signals;

/// <summary>
/// The individuals and moving range chart (XmR) of Donald J. Wheeler, <i>Understanding Variation: The Key to Managing
/// Chaos</i> (SPC Press, 2nd ed. 2000), chapter 3: the centre line is the mean of the baseline values, the average moving
/// range the mean of the differences between consecutive values, and the natural process limits lie
/// <see cref="ScalingFactor"/> average moving ranges either side of the centre. A value outside them is exceptional
/// variation (a signal, Wheeler's detection rule 1); one inside is routine variation (noise).
/// </summary>
public static class XmrChart
{
    /// <summary>
    /// The bias correction factor d2 for moving ranges of two consecutive values: the expected range of two values of a
    /// normal distribution in units of its standard deviation (Wheeler, <i>Understanding Variation</i>, and every SPC
    /// table of control chart constants for n = 2).
    /// </summary>
    public const decimal D2 = 1.128m;

    /// <summary>
    /// 3 / d2 = 2.6596..., written 2.66 as Wheeler gives it: the natural process limits are the centre line plus and minus
    /// three sigma, sigma being estimated as the average moving range divided by d2.
    /// </summary>
    public const decimal ScalingFactor = 2.66m;

    /// <summary>Fewer baseline values than this give no limits ("not enough history"), never a guess.</summary>
    public const int MinimumValues = 6;

    /// <summary>
    /// The limits of <paramref name="baseline"/> (values in time order, missing weeks already left out), the lower limit
    /// clamped at 0 (no value is ever negative) and the upper at <paramref name="highestPossible"/> when there is one
    /// (100 for a percentage); null when there are fewer than <see cref="MinimumValues"/> values.
    /// </summary>
    public static ProcessLimits? Limits(IReadOnlyList<decimal> baseline, decimal? highestPossible = null)
    {
        if (baseline.Count < MinimumValues)
        {
            return null;
        }

        var centre = Mean(baseline);
        var ranges = 0m;
        for (var i = 1; i < baseline.Count; i++)
        {
            ranges += Math.Abs(baseline[i] - baseline[i - 1]);
        }

        var averageMovingRange = ranges / (baseline.Count - 1);
        var spread = ScalingFactor * averageMovingRange;
        var lower = Math.Max(0m, centre - spread);
        var upper = centre + spread;
        if (highestPossible is { } highest && upper > highest)
        {
            upper = highest;
        }

        return new ProcessLimits(centre, averageMovingRange, lower, upper, baseline.Count);
    }

    /// <summary>Wheeler's rule 1: a value above the upper or below the lower limit is exceptional; on a limit it is routine.</summary>
    public static SignalVerdict Judge(ProcessLimits limits, decimal value) =>
        value > limits.Upper ? SignalVerdict.ExceptionalAbove
        : value < limits.Lower ? SignalVerdict.ExceptionalBelow
        : SignalVerdict.Routine;

    private static decimal Mean(IReadOnlyList<decimal> values)
    {
        var sum = 0m;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Count;
    }
}
