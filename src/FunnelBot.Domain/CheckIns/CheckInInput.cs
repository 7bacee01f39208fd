namespace FunnelBot.Domain.CheckIns;

/// <summary>What a member did in the check-in: typed text, sent something that is not text, or pressed a button.</summary>
public abstract record CheckInInput
{
    private CheckInInput()
    {
    }

    /// <summary>Typed text: a number, or words at the steps that ask for words.</summary>
    public sealed record Text(string Value) : CheckInInput;

    /// <summary>A sticker, photo, voice message, document or anything else that is not text.</summary>
    public sealed record NotText(string Kind) : CheckInInput;

    /// <summary>A button of the check-in (or its command equivalent).</summary>
    public sealed record Choose(CheckInChoice Choice, int Argument = 0) : CheckInInput;
}

/// <summary>The check-in's buttons.</summary>
public enum CheckInChoice
{
    SameAsLastWeek,
    Zero,
    Skip,
    Back,
    ConfirmYes,
    ConfirmNo,
    Correct,
    Finish,
    Cancel,

    /// <summary>Select or unselect the cause at the argument's index among the causes offered.</summary>
    ToggleCause,

    /// <summary>The cause is something else: ask for it in words.</summary>
    OtherCause,

    /// <summary>The selected causes are complete.</summary>
    CausesDone,

    /// <summary>No countermeasure for this deviation, on purpose.</summary>
    NoCountermeasure,

    /// <summary>The task owner at the argument's index among the possible owners.</summary>
    PickOwner,

    /// <summary>Due in the argument's number of days from today.</summary>
    DueInDays,

    /// <summary>A number was typed where words were asked for: back to the metric's value, to correct it.</summary>
    CorrectValue,

    /// <summary>A number was typed where words were asked for: ask for the words again.</summary>
    TypeText,
}
