using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// The weekly check-in as a pure step function: state and input in, next state, what to store and what to say out.
/// One metric at a time; back, skip, "same as last week", "0" and cancel work in every state; the summary lets the
/// member correct any answer. Each valid answer is stored at once.
/// </summary>
public static partial class CheckInConversation
{
    /// <summary>A value above this many times both the plan and the recent highest is confirmed before it is stored.</summary>
    public const decimal AbsurdFactor = 10m;

    /// <summary>Starts (or re-enters) a check-in at the first metric that has no value yet for the week.</summary>
    public static CheckInOutcome Start(string id, string member, IsoWeek week, CheckInContext context)
    {
        var keys = context.Questions.Select(q => q.Metric.Key).ToList();
        var first = context.Questions.ToList().FindIndex(q => q.CurrentValue is null);
        if (keys.Count == 0 || first < 0)
        {
            var summary = new CheckInState(id, member, week, keys, 0, CheckInPhase.Summary);
            return new CheckInOutcome(summary, [], [new CheckInReply.Summary()]);
        }

        var state = new CheckInState(id, member, week, keys, first, CheckInPhase.AskingValue);
        return new CheckInOutcome(state, [], [new CheckInReply.AskValue(first)]);
    }

    /// <summary>
    /// One input in, the next state out. Every answer is a new step with a new <see cref="CheckInState.Version"/>, a
    /// refusal that asks the same question again too: only the buttons of the latest message count, so a press on an
    /// earlier copy of a question cannot move the conversation past the one the member sees last. Only a press that
    /// changes nothing (<see cref="CheckInReply.NotActive"/>) keeps the step.
    /// </summary>
    public static CheckInOutcome Step(CheckInState state, CheckInInput input, CheckInContext context)
    {
        var outcome = Decide(state, input, context);
        return outcome.Replies is [CheckInReply.NotActive]
            ? outcome
            : outcome with { State = outcome.State with { Version = state.Version + 1 } };
    }

    private static CheckInOutcome Decide(CheckInState state, CheckInInput input, CheckInContext context)
    {
        if (!state.IsOpen)
        {
            return Unchanged(state, new CheckInReply.NotActive());
        }

        if (input is CheckInInput.Choose { Choice: CheckInChoice.Cancel })
        {
            return Unchanged(state with { Phase = CheckInPhase.Cancelled, PendingValue = null }, new CheckInReply.Cancelled());
        }

        return state.Phase switch
        {
            CheckInPhase.Summary => InSummary(state, input),
            CheckInPhase.ConfirmingValue => InConfirmation(state, input, context),
            CheckInPhase.AskingValue => InQuestion(state, input, context),
            _ => InDeviation(state, input, context),
        };
    }

    private static CheckInOutcome InSummary(CheckInState state, CheckInInput input) => input switch
    {
        CheckInInput.Choose { Choice: CheckInChoice.Finish } =>
            Unchanged(state with { Phase = CheckInPhase.Finished }, new CheckInReply.Finished()),
        CheckInInput.Choose { Choice: CheckInChoice.Correct, Argument: var index } when index >= 0 && index < state.MetricKeys.Count =>
            Unchanged(state with { Index = index, Phase = CheckInPhase.AskingValue, ReturnToSummary = true }, new CheckInReply.AskValue(index)),
        CheckInInput.Choose { Choice: CheckInChoice.Back } when state.MetricKeys.Count > 0 =>
            Unchanged(state with { Index = state.MetricKeys.Count - 1, Phase = CheckInPhase.AskingValue, ReturnToSummary = true },
                new CheckInReply.AskValue(state.MetricKeys.Count - 1)),
        CheckInInput.Choose => Unchanged(state, new CheckInReply.NotActive()),
        _ => Unchanged(state, new CheckInReply.Summary()),
    };

    private static CheckInOutcome InConfirmation(CheckInState state, CheckInInput input, CheckInContext context) => input switch
    {
        CheckInInput.Choose { Choice: CheckInChoice.ConfirmYes } when state.PendingValue is { } value => Accept(state, value, context, confirmed: true),
        CheckInInput.Choose { Choice: CheckInChoice.ConfirmNo } =>
            Unchanged(state with { Phase = CheckInPhase.AskingValue, PendingValue = null }, new CheckInReply.AskValue(state.Index)),
        _ => InQuestion(state with { Phase = CheckInPhase.AskingValue, PendingValue = null }, input, context),
    };

    private static CheckInOutcome InQuestion(CheckInState state, CheckInInput input, CheckInContext context)
    {
        var question = context.Find(state.CurrentMetric ?? string.Empty);
        if (question is null)
        {
            return Advance(state, []);
        }

        var metric = question.Metric.Key;
        switch (input)
        {
            case CheckInInput.Text text:
                return Answer(state, question, text.Value, context);
            case CheckInInput.NotText:
                return Refuse(state, metric, CheckInRefusal.NotText);
            case CheckInInput.Choose { Choice: CheckInChoice.Zero }:
                return Given(state, question, 0m, absurd: false, context);
            case CheckInInput.Choose { Choice: CheckInChoice.SameAsLastWeek }:
                return question.LastWeekValue is { } last ? Given(state, question, last, absurd: false, context) : Refuse(state, metric, CheckInRefusal.NoValueLastWeek);
            case CheckInInput.Choose { Choice: CheckInChoice.Skip }:
                return Advance(state, []);
            case CheckInInput.Choose { Choice: CheckInChoice.Back }:
                var previous = Math.Max(0, state.Index - 1);
                return Unchanged(state with { Index = previous, ReturnToSummary = false }, new CheckInReply.AskValue(previous));
            case CheckInInput.Choose { Choice: CheckInChoice.Finish }:
                return Unchanged(state with { Phase = CheckInPhase.Summary, ReturnToSummary = false }, new CheckInReply.Summary());
            default:
                return Unchanged(state, new CheckInReply.NotActive());
        }
    }

    private static CheckInOutcome Answer(CheckInState state, CheckInQuestion question, string text, CheckInContext context)
    {
        var reading = MetricValueReader.ReadValue(text, question.Metric.Unit, NumberConvention.Typed(context.Culture));
        if (reading.Refusal is { } refusal)
        {
            return new CheckInOutcome(state, [], [new CheckInReply.RefusedValue(question.Metric.Key, refusal), new CheckInReply.AskValue(state.Index)]);
        }

        return Given(state, question, reading.Value, AnswerRules.IsAbsurd(reading.Value, question), context);
    }

    /// <summary>
    /// A value given (typed, 0 or last week's): one confirmation when it is absurd (typed only) or breaks a funnel rule
    /// (<see cref="AnswerRules.FunnelBreaks"/>), naming what it breaks; else it is stored.
    /// </summary>
    private static CheckInOutcome Given(CheckInState state, CheckInQuestion question, decimal value, bool absurd, CheckInContext context)
    {
        var breaks = AnswerRules.FunnelBreaks(question.Metric.Key, state.Week, value, context);
        if (absurd || breaks.Count > 0)
        {
            var confirming = state with { Phase = CheckInPhase.ConfirmingValue, PendingValue = value };
            return Unchanged(confirming, new CheckInReply.ConfirmValue(question.Metric.Key, value, absurd, breaks.Count > 0 ? breaks : null));
        }

        return Accept(state, value, context);
    }

    /// <summary>
    /// Stores the value (marked when <paramref name="confirmed"/> and it breaks a funnel rule); then asks why when it is a
    /// deviation worth a question, else moves on.
    /// </summary>
    private static CheckInOutcome Accept(CheckInState state, decimal value, CheckInContext context, bool confirmed = false)
    {
        var metric = state.CurrentMetric!;
        var stored = state with { Phase = CheckInPhase.AskingValue, PendingValue = null };
        var marked = confirmed && AnswerRules.FunnelBreaks(metric, state.Week, value, context).Count > 0;
        var store = new CheckInEffect.StoreValue(metric, state.Week, value, marked);
        var saved = new CheckInReply.Saved(metric, value);
        if (DeviationOf(context.Find(metric), value, context) is { } draft)
        {
            var asking = stored with { Phase = CheckInPhase.AskingCause, Deviation = draft };
            return new CheckInOutcome(asking, [store], [saved, new CheckInReply.AskCause(metric, draft.Kind, [])]);
        }

        return Advance(stored, [store], saved);
    }

    private static CheckInOutcome Advance(CheckInState state, IReadOnlyList<CheckInEffect> effects, CheckInReply? first = null)
    {
        var replies = first is null ? new List<CheckInReply>() : [first];
        return Advance(state, effects, replies);
    }

    private static CheckInOutcome Advance(CheckInState state, IReadOnlyList<CheckInEffect> effects, List<CheckInReply> replies)
    {
        var next = state.Index + 1;
        if (state.ReturnToSummary || next >= state.MetricKeys.Count)
        {
            replies.Add(new CheckInReply.Summary());
            return new CheckInOutcome(state with { Phase = CheckInPhase.Summary, ReturnToSummary = false, Deviation = null }, effects, replies);
        }

        replies.Add(new CheckInReply.AskValue(next));
        return new CheckInOutcome(state with { Index = next, Phase = CheckInPhase.AskingValue, Deviation = null }, effects, replies);
    }

    private static CheckInOutcome Refuse(CheckInState state, string metric, CheckInRefusal reason) =>
        new(state, [], [new CheckInReply.Refused(metric, reason), new CheckInReply.AskValue(state.Index)]);

    private static CheckInOutcome Unchanged(CheckInState state, CheckInReply reply) => new(state, [], [reply]);
}
