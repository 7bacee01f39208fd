namespace FunnelBot.Domain.Away;

/// <summary>Why the arguments of <c>/away</c> were refused.</summary>
public enum AwayRequestError
{
    /// <summary>No date at all (only a mention, say).</summary>
    MissingDate,

    /// <summary>The first token after the optional mention is neither a date nor an ISO week.</summary>
    NotADate,

    /// <summary>A date or week whose year lies outside <see cref="Periods.SupportedYears"/> (<see cref="AwayRequest"/>'s bad token names it).</summary>
    OutsideSupportedYears,

    EndBeforeStart,
    TooLong,
    TooFarAway,
    NoteTooLong,
}

/// <summary>What <c>/away [@member] &lt;from&gt; [&lt;to&gt;] [note]</c> asked for, or why it cannot be stored.</summary>
public sealed record AwayRequest(
    string? Mention, AbsencePeriod? Period, string? Note, AwayRequestError? Error, string? BadToken = null);
