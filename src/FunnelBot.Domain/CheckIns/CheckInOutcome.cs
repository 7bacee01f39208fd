using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>A change the step asks the adapter to store, in the same transaction as the new state.</summary>
public abstract record CheckInEffect
{
    private CheckInEffect()
    {
    }

    /// <summary>
    /// Store the metric's value for the week (replacing any earlier value, with history); <paramref name="FunnelConfirmed"/>
    /// when it breaks a funnel rule and the member confirmed it.
    /// </summary>
    public sealed record StoreValue(string Metric, IsoWeek Week, decimal Value, bool FunnelConfirmed = false) : CheckInEffect;

    /// <summary>Record why the week's value is off plan (replacing an earlier record of that metric and week).</summary>
    public sealed record RecordDeviation(
        string Metric, IsoWeek Week, DeviationKind Kind, IReadOnlyList<string> Causes, string? OtherText, decimal Deviation) : CheckInEffect;

    /// <summary>Record what worked, for a positive deviation.</summary>
    public sealed record RecordWhatWorked(string Metric, IsoWeek Week, string Text) : CheckInEffect;

    /// <summary>Create a countermeasure task linked to the metric and week.</summary>
    public sealed record CreateTask(string Metric, IsoWeek Week, string Title, string Owner, DateOnly Due) : CheckInEffect;

    /// <summary>Record that the member chose no countermeasure.</summary>
    public sealed record RecordNoCountermeasure(string Metric, IsoWeek Week) : CheckInEffect;
}

/// <summary>What the bot should say; the adapter renders it in the member's language.</summary>
public abstract record CheckInReply
{
    private CheckInReply()
    {
    }

    /// <summary>Ask for the value of the metric at <paramref name="Index"/>.</summary>
    public sealed record AskValue(int Index) : CheckInReply;

    /// <summary>The answer was refused; nothing was stored.</summary>
    public sealed record Refused(string Metric, CheckInRefusal Reason) : CheckInReply;

    /// <summary>The value typed for the metric was refused by its reading (<see cref="MetricValueReader"/>); nothing was stored.</summary>
    public sealed record RefusedValue(string Metric, ValueRefusal Reason) : CheckInReply;

    /// <summary>
    /// Words were asked for (a cause, a countermeasure, what worked) and a number was typed: nothing was stored; offer
    /// to correct the metric's value or to type the words.
    /// </summary>
    public sealed record LooksLikeNumber(string Metric) : CheckInReply;

    /// <summary>
    /// The value is far above plan and recent history (<paramref name="Absurd"/>), or breaks funnel rules
    /// (<paramref name="Funnel"/>, naming the other metric and its value): ask to confirm it.
    /// </summary>
    public sealed record ConfirmValue(string Metric, decimal Value, bool Absurd = true, IReadOnlyList<FunnelOutcome>? Funnel = null) : CheckInReply
    {
        public IReadOnlyList<FunnelOutcome> FunnelBreaks => Funnel ?? [];
    }

    /// <summary>The value was stored.</summary>
    public sealed record Saved(string Metric, decimal Value) : CheckInReply;

    /// <summary>Show every metric with its value and zone, and buttons to correct or finish.</summary>
    public sealed record Summary : CheckInReply;

    public sealed record Finished : CheckInReply;

    public sealed record Cancelled : CheckInReply;

    /// <summary>Ask why the metric is off plan; <paramref name="Selected"/> are the cause codes chosen so far.</summary>
    public sealed record AskCause(string Metric, DeviationKind Kind, IReadOnlyList<string> Selected) : CheckInReply;

    public sealed record AskOtherCause(string Metric) : CheckInReply;

    public sealed record AskCountermeasure(string Metric) : CheckInReply;

    public sealed record AskTaskOwner(string Metric) : CheckInReply;

    public sealed record AskDueDate(string Metric) : CheckInReply;

    public sealed record AskWhatWorked(string Metric) : CheckInReply;

    /// <summary>A countermeasure task was created.</summary>
    public sealed record TaskCreated(string Title, string Owner, DateOnly Due) : CheckInReply;

    /// <summary>The input does not fit this conversation any more (e.g. a button of a finished check-in).</summary>
    public sealed record NotActive : CheckInReply;
}

/// <summary>Why an answer was refused, other than a value's reading (<see cref="ValueRefusal"/>).</summary>
public enum CheckInRefusal
{
    NotText,
    Empty,
    NoValueLastWeek,
    NoCauseChosen,
    TextTooLong,
    UseButtons,
    NotADate,
    DateInThePast,

    /// <summary>A due date whose year lies outside <see cref="Periods.SupportedYears"/>.</summary>
    DateOutsideSupportedYears,
}

/// <summary>The result of one step: the next state, what to store, what to say.</summary>
public sealed record CheckInOutcome(CheckInState State, IReadOnlyList<CheckInEffect> Effects, IReadOnlyList<CheckInReply> Replies);
