namespace FunnelBot.Storage;

/// <summary>
/// How a stored plan's figure was made. A plan stored before origins were kept reads as <see cref="Manual"/>, so that
/// a plan from last year never replaces it without asking.
/// </summary>
public enum PlanOrigin
{
    /// <summary>Set by a person: <c>/plan set</c>, a plans file, the away offer.</summary>
    Manual,

    /// <summary>Computed by <c>/plan fromlastyear</c> or <c>plan from-last-year</c>.</summary>
    FromLastYear,
}

/// <summary>A stored plan with how its figure was made.</summary>
public sealed record StoredPlan(PlanEntry Entry, PlanOrigin Origin);
