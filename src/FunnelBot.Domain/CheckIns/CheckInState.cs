using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>Where a check-in conversation stands.</summary>
public enum CheckInPhase
{
    /// <summary>Waiting for the value of the current metric.</summary>
    AskingValue,

    /// <summary>A value far above plan and history, or one that breaks a funnel rule, was given; waiting for yes or no.</summary>
    ConfirmingValue,

    /// <summary>All metrics were asked; the summary is shown with a way to correct any answer.</summary>
    Summary,

    /// <summary>The member closed the check-in.</summary>
    Finished,

    /// <summary>The member cancelled; answers given so far stay stored.</summary>
    Cancelled,

    /// <summary>The value is off plan: which causes (buttons, several allowed)?</summary>
    AskingCause,

    /// <summary>"Other" was chosen: the cause in the member's words.</summary>
    AskingOtherCause,

    /// <summary>A negative deviation: what will be done (becomes a task), or no countermeasure.</summary>
    AskingCountermeasure,

    /// <summary>Who owns the countermeasure task.</summary>
    AskingTaskOwner,

    /// <summary>By when the task is due.</summary>
    AskingDueDate,

    /// <summary>A positive deviation: what worked, so that it can be repeated.</summary>
    AskingWhatWorked,
}

/// <summary>The deviation being explained: which metric, which way, and the answers so far.</summary>
public sealed record DeviationDraft(
    string Metric,
    DeviationKind Kind,
    decimal Deviation,
    IReadOnlyList<string> Causes,
    string? OtherText = null,
    string? Countermeasure = null,
    string? Owner = null);

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
    int Version = 0,
    DeviationDraft? Deviation = null)
{
    public bool IsOpen => Phase is not (CheckInPhase.Finished or CheckInPhase.Cancelled);

    public string? CurrentMetric => Index >= 0 && Index < MetricKeys.Count ? MetricKeys[Index] : null;
}
