using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Plausibility;

/// <summary>
/// A funnel rule checked for the window that ends with <see cref="Week"/>: the sums of both metrics over the weeks of
/// the window where both are known, or null when the week itself lacks either (then the rule says nothing).
/// </summary>
public sealed record FunnelOutcome(FunnelRule Rule, IsoWeek Week, decimal? Value, decimal? AtMostValue)
{
    /// <summary>The first week of the window.</summary>
    public IsoWeek From => Week.AddWeeks(1 - Rule.Weeks);

    public bool IsKnown => Value is not null && AtMostValue is not null;

    /// <summary>True or false when known; null when the week lacks either value.</summary>
    public bool? Holds => IsKnown ? Value <= AtMostValue : null;

    public bool IsBroken => Holds == false;
}
