namespace FunnelBot.Domain.Attention;

/// <summary>What a red week of a metric still lacks: its cause, its countermeasure, or both.</summary>
[Flags]
public enum MissingNote
{
    None = 0,
    Cause = 1,
    Countermeasure = 2,
}

/// <summary>
/// The rule of <c>/attention</c> for a red week: it needs the manager while no cause was given (a listed cause or the
/// owner's own words) or no countermeasure was set. A countermeasure the owner said is not needed counts as set.
/// </summary>
public static class MissingNotes
{
    public static MissingNote Of(bool hasCause, int countermeasures, bool noCountermeasure) =>
        (hasCause ? MissingNote.None : MissingNote.Cause)
        | (countermeasures > 0 || noCountermeasure ? MissingNote.None : MissingNote.Countermeasure);
}
