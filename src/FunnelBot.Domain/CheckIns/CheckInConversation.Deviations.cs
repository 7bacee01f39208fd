using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// The deviation dialogue inside the check-in: why (cause buttons, several allowed, or the member's own words), then
/// for a miss a countermeasure that becomes a task with an owner and a due date; a beat's why is its one question
/// (what helped). A state stored while asking what worked (before a beat had one question) still takes the answer.
/// Skip moves on to the next metric, back goes one question back, cancel closes the check-in. Where words are asked
/// for, an answer that reads as a number is not stored: the member may correct the value or type the words.
/// </summary>
public static partial class CheckInConversation
{
    /// <summary>Free-text answers longer than this are refused (a cause or a task title is a line, not an essay).</summary>
    public const int MaxTextLength = 300;

    /// <summary>The due date a task gets when the member does not choose one.</summary>
    public const int DefaultDueDays = 7;

    private static DeviationDraft? DeviationOf(CheckInQuestion? question, decimal value, CheckInContext context)
    {
        if (question is null)
        {
            return null;
        }

        var kind = ZoneRules.Deviation(question.Metric, value, question.WeekPlan, context.ZoneThresholds);
        return kind == DeviationKind.None ? null : new DeviationDraft(question.Metric.Key, kind, value - (question.WeekPlan ?? 0m), []);
    }

    private static CheckInOutcome InDeviation(CheckInState state, CheckInInput input, CheckInContext context)
    {
        var draft = state.Deviation;
        if (draft is null)
        {
            return Advance(state, []);
        }

        if (input is CheckInInput.Choose { Choice: CheckInChoice.Skip } && state.Phase != CheckInPhase.AskingDueDate)
        {
            return Advance(state, []);
        }

        if (AsksForWords(state.Phase))
        {
            switch (input)
            {
                case CheckInInput.Text text when MetricValueReader.ReadsAsNumber(text.Value, context.Culture):
                    return Unchanged(state, new CheckInReply.LooksLikeNumber(draft.Metric));
                case CheckInInput.Choose { Choice: CheckInChoice.CorrectValue }:
                    return Unchanged(state with { Phase = CheckInPhase.AskingValue, Deviation = null }, new CheckInReply.AskValue(state.Index));
                case CheckInInput.Choose { Choice: CheckInChoice.TypeText }:
                    return AskForWordsAgain(state, draft);
            }
        }

        return state.Phase switch
        {
            CheckInPhase.AskingCause => InCause(state, draft, input, context),
            CheckInPhase.AskingOtherCause => InOtherCause(state, draft, input),
            CheckInPhase.AskingCountermeasure => InCountermeasure(state, draft, input, context),
            CheckInPhase.AskingTaskOwner => InTaskOwner(state, draft, input, context),
            CheckInPhase.AskingDueDate => InDueDate(state, draft, input, context),
            _ => InWhatWorked(state, draft, input),
        };
    }

    /// <summary>The steps that take the member's own words: a cause (typed at the why question, or after "other"), a countermeasure, what worked.</summary>
    private static bool AsksForWords(CheckInPhase phase) =>
        phase is CheckInPhase.AskingCause or CheckInPhase.AskingOtherCause or CheckInPhase.AskingCountermeasure or CheckInPhase.AskingWhatWorked;

    /// <summary>After a number where words were asked for: the same question again (a cause in words, at the why question).</summary>
    private static CheckInOutcome AskForWordsAgain(CheckInState state, DeviationDraft draft) => state.Phase switch
    {
        CheckInPhase.AskingCountermeasure => Unchanged(state, new CheckInReply.AskCountermeasure(draft.Metric)),
        CheckInPhase.AskingWhatWorked => Unchanged(state, new CheckInReply.AskWhatWorked(draft.Metric)),
        _ => Unchanged(state with { Phase = CheckInPhase.AskingOtherCause }, new CheckInReply.AskOtherCause(draft.Metric)),
    };

    private static CheckInOutcome InCause(CheckInState state, DeviationDraft draft, CheckInInput input, CheckInContext context)
    {
        var offered = context.CausesFor(draft);
        switch (input)
        {
            case CheckInInput.Choose { Choice: CheckInChoice.ToggleCause, Argument: var index } when index >= 0 && index < offered.Count:
                var code = offered[index].Code;
                var causes = draft.Causes.Contains(code) ? draft.Causes.Where(c => c != code).ToList() : [.. draft.Causes, code];
                var toggled = draft with { Causes = causes };
                return Unchanged(state with { Deviation = toggled }, new CheckInReply.AskCause(draft.Metric, draft.Kind, causes));
            case CheckInInput.Choose { Choice: CheckInChoice.OtherCause }:
                return Unchanged(state with { Phase = CheckInPhase.AskingOtherCause }, new CheckInReply.AskOtherCause(draft.Metric));
            case CheckInInput.Choose { Choice: CheckInChoice.CausesDone }:
                return draft.Causes.Count == 0 ? RefuseCause(state, draft, CheckInRefusal.NoCauseChosen) : CausesGiven(state, draft);
            case CheckInInput.Text text:
                return WithOtherText(state, draft, text.Value);
            case CheckInInput.Choose { Choice: CheckInChoice.Back }:
                return Unchanged(state with { Phase = CheckInPhase.AskingValue, Deviation = null }, new CheckInReply.AskValue(state.Index));
            case CheckInInput.NotText:
                return RefuseCause(state, draft, CheckInRefusal.NotText);
            default:
                return Unchanged(state, new CheckInReply.NotActive());
        }
    }

    private static CheckInOutcome InOtherCause(CheckInState state, DeviationDraft draft, CheckInInput input) => input switch
    {
        CheckInInput.Text text => WithOtherText(state, draft, text.Value),
        CheckInInput.Choose { Choice: CheckInChoice.Back } =>
            Unchanged(state with { Phase = CheckInPhase.AskingCause }, new CheckInReply.AskCause(draft.Metric, draft.Kind, draft.Causes)),
        _ => new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.NotText), new CheckInReply.AskOtherCause(draft.Metric)]),
    };

    private static CheckInOutcome WithOtherText(CheckInState state, DeviationDraft draft, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxTextLength)
        {
            var reason = trimmed.Length == 0 ? CheckInRefusal.Empty : CheckInRefusal.TextTooLong;
            return new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, reason), new CheckInReply.AskOtherCause(draft.Metric)]);
        }

        var causes = draft.Causes.Contains(Cause.OtherCode) ? draft.Causes : [.. draft.Causes, Cause.OtherCode];
        return CausesGiven(state, draft with { Causes = causes, OtherText = trimmed });
    }

    /// <summary>
    /// Records the causes; then asks for a countermeasure (a miss). A beat's why question already is "what helped"
    /// (causes or the member's own words), so it moves on instead of asking what worked a second time.
    /// </summary>
    private static CheckInOutcome CausesGiven(CheckInState state, DeviationDraft draft)
    {
        var record = new CheckInEffect.RecordDeviation(draft.Metric, state.Week, draft.Kind, draft.Causes, draft.OtherText, draft.Deviation);
        if (draft.Kind != DeviationKind.Negative)
        {
            return Advance(state, [record]);
        }

        return new CheckInOutcome(
            state with { Phase = CheckInPhase.AskingCountermeasure, Deviation = draft }, [record], [new CheckInReply.AskCountermeasure(draft.Metric)]);
    }

    private static CheckInOutcome InCountermeasure(CheckInState state, DeviationDraft draft, CheckInInput input, CheckInContext context)
    {
        switch (input)
        {
            case CheckInInput.Text text when text.Value.Trim() is { Length: > 0 and <= MaxTextLength } title:
                var withTitle = draft with { Countermeasure = title };
                return context.Owners.Count > 1
                    ? Unchanged(state with { Phase = CheckInPhase.AskingTaskOwner, Deviation = withTitle }, new CheckInReply.AskTaskOwner(draft.Metric))
                    : Unchanged(state with { Phase = CheckInPhase.AskingDueDate, Deviation = withTitle with { Owner = state.Member } }, new CheckInReply.AskDueDate(draft.Metric));
            case CheckInInput.Text text:
                var reason = text.Value.Trim().Length == 0 ? CheckInRefusal.Empty : CheckInRefusal.TextTooLong;
                return new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, reason), new CheckInReply.AskCountermeasure(draft.Metric)]);
            case CheckInInput.Choose { Choice: CheckInChoice.NoCountermeasure }:
                return Advance(state, [new CheckInEffect.RecordNoCountermeasure(draft.Metric, state.Week)]);
            case CheckInInput.Choose { Choice: CheckInChoice.Back }:
                return Unchanged(state with { Phase = CheckInPhase.AskingCause }, new CheckInReply.AskCause(draft.Metric, draft.Kind, draft.Causes));
            default:
                return new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.NotText), new CheckInReply.AskCountermeasure(draft.Metric)]);
        }
    }

    private static CheckInOutcome InTaskOwner(CheckInState state, DeviationDraft draft, CheckInInput input, CheckInContext context) => input switch
    {
        CheckInInput.Choose { Choice: CheckInChoice.PickOwner, Argument: var index } when index >= 0 && index < context.Owners.Count =>
            Unchanged(state with { Phase = CheckInPhase.AskingDueDate, Deviation = draft with { Owner = context.Owners[index] } }, new CheckInReply.AskDueDate(draft.Metric)),
        CheckInInput.Choose { Choice: CheckInChoice.Back } =>
            Unchanged(state with { Phase = CheckInPhase.AskingCountermeasure }, new CheckInReply.AskCountermeasure(draft.Metric)),
        _ => new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.UseButtons), new CheckInReply.AskTaskOwner(draft.Metric)]),
    };

    private static CheckInOutcome InDueDate(CheckInState state, DeviationDraft draft, CheckInInput input, CheckInContext context)
    {
        switch (input)
        {
            case CheckInInput.Choose { Choice: CheckInChoice.DueInDays, Argument: var days } when days is > 0 and <= 366:
                return CreateTask(state, draft, context.Today.AddDays(days));
            case CheckInInput.Choose { Choice: CheckInChoice.Skip }:
                return CreateTask(state, draft, context.Today.AddDays(DefaultDueDays));
            case CheckInInput.Text text:
                var parsed = DueDateParser.Parse(text.Value, context.Culture, context.Today);
                if (parsed.Date is { } due)
                {
                    return CreateTask(state, draft, due);
                }

                var reason = parsed.Error switch
                {
                    DueDateError.InThePast => CheckInRefusal.DateInThePast,
                    DueDateError.OutsideSupportedYears => CheckInRefusal.DateOutsideSupportedYears,
                    _ => CheckInRefusal.NotADate,
                };
                return new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, reason), new CheckInReply.AskDueDate(draft.Metric)]);
            case CheckInInput.Choose { Choice: CheckInChoice.Back }:
                var previous = context.Owners.Count > 1 ? CheckInPhase.AskingTaskOwner : CheckInPhase.AskingCountermeasure;
                CheckInReply ask = previous == CheckInPhase.AskingTaskOwner ? new CheckInReply.AskTaskOwner(draft.Metric) : new CheckInReply.AskCountermeasure(draft.Metric);
                return Unchanged(state with { Phase = previous }, ask);
            default:
                return new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.NotADate), new CheckInReply.AskDueDate(draft.Metric)]);
        }
    }

    private static CheckInOutcome CreateTask(CheckInState state, DeviationDraft draft, DateOnly due)
    {
        var owner = draft.Owner ?? state.Member;
        var title = draft.Countermeasure ?? draft.Metric;
        var create = new CheckInEffect.CreateTask(draft.Metric, state.Week, title, owner, due);
        return Advance(state, [create], [new CheckInReply.TaskCreated(title, owner, due)]);
    }

    private static CheckInOutcome InWhatWorked(CheckInState state, DeviationDraft draft, CheckInInput input) => input switch
    {
        CheckInInput.Text text when text.Value.Trim() is { Length: > 0 and <= MaxTextLength } worked =>
            Advance(state, [new CheckInEffect.RecordWhatWorked(draft.Metric, state.Week, worked)]),
        CheckInInput.Choose { Choice: CheckInChoice.Back } =>
            Unchanged(state with { Phase = CheckInPhase.AskingCause }, new CheckInReply.AskCause(draft.Metric, draft.Kind, draft.Causes)),
        CheckInInput.Text => new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.TextTooLong), new CheckInReply.AskWhatWorked(draft.Metric)]),
        _ => new CheckInOutcome(state, [], [new CheckInReply.Refused(draft.Metric, CheckInRefusal.NotText), new CheckInReply.AskWhatWorked(draft.Metric)]),
    };

    private static CheckInOutcome RefuseCause(CheckInState state, DeviationDraft draft, CheckInRefusal reason) =>
        new(state, [], [new CheckInReply.Refused(draft.Metric, reason), new CheckInReply.AskCause(draft.Metric, draft.Kind, draft.Causes)]);
}
