using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.CheckIns;

/// <summary>Where a check-in conversation stands.</summary>
public enum CheckInPhase
{
    /// <summary>Waiting for the value of the current metric.</summary>
    AskingValue,

    /// <summary>A value far above plan and history was typed; waiting for yes or no.</summary>
    ConfirmingValue,

    /// <summary>All metrics were asked; the summary is shown with a way to correct any answer.</summary>
    Summary,

    /// <summary>The member closed the check-in.</summary>
    Finished,

    /// <summary>The member cancelled; answers given so far stay stored.</summary>
    Cancelled,
}

/// <summary>
/// The state of one member's weekly check-in, stored as data so that it survives a restart of the bot.
/// <see cref="Id"/> and <see cref="Version"/> are put into button data, so that buttons of another conversation, or of
/// an earlier step of this one, are recognised as stale.
/// </summary>
public sealed record CheckInState(
    string Id,
    string Member,
    IsoWeek Week,
    IReadOnlyList<string> MetricKeys,
    int Index,
    CheckInPhase Phase,
    decimal? PendingValue = null,
    bool ReturnToSummary = false,
    int Version = 0)
{
    public bool IsOpen => Phase is CheckInPhase.AskingValue or CheckInPhase.ConfirmingValue or CheckInPhase.Summary;

    public string? CurrentMetric => Index >= 0 && Index < MetricKeys.Count ? MetricKeys[Index] : null;
}
