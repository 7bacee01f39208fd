namespace FunnelBot.Domain.Signals;

/// <summary>What a week's value is against its metric's natural process limits.</summary>
public enum SignalVerdict
{
    /// <summary>Fewer than <see cref="XmrChart.MinimumValues"/> values in the baseline weeks: no limits, no verdict.</summary>
    NotEnoughHistory,

    /// <summary>Limits exist but the week has no value (missing, not 0).</summary>
    NoValue,

    /// <summary>Within the limits: routine variation, noise.</summary>
    Routine,

    /// <summary>Above the upper limit: exceptional variation, a signal.</summary>
    ExceptionalAbove,

    /// <summary>Below the lower limit: exceptional variation, a signal.</summary>
    ExceptionalBelow,
}
