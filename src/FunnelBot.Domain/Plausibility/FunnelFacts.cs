using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Plausibility;

/// <summary>The rules and the stored values a step checks an entered value against.</summary>
public sealed record FunnelFacts(FunnelCheck Check, FunnelValues Values)
{
    public static FunnelFacts None { get; } = new(FunnelCheck.None, FunnelValues.None);

    /// <summary>The rules the value would break (<see cref="FunnelCheck.BrokenBy"/>).</summary>
    public IReadOnlyList<FunnelOutcome> BrokenBy(string metric, IsoWeek week, decimal value) => Check.BrokenBy(metric, week, value, Values);
}
