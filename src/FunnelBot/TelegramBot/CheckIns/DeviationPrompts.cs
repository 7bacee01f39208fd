using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>The texts and buttons of the deviation questions inside the check-in.</summary>
public sealed class DeviationPrompts
{
    private static readonly int[] DueChoices = [3, 7, 14];
    private readonly TeamConfiguration _team;

    public DeviationPrompts(TeamConfiguration team)
    {
        _team = team;
    }

    /// <summary>The text and buttons for a deviation reply, or null when the reply is not one of these questions.</summary>
    public (string Html, List<List<OutgoingButton>>? Keyboard)? Render(CheckInReply reply, CheckInState state, CheckInContext context, CultureInfo culture) => reply switch
    {
        CheckInReply.AskCause ask => (AskCause(ask, state, context, culture), CauseKeyboard(ask, state, context, culture)),
        CheckInReply.AskOtherCause other => (BotTexts.Html("deviation.ask_other", culture, Name(other.Metric, culture)), SkipRow(state, culture)),
        CheckInReply.AskCountermeasure measure => (BotTexts.Html("deviation.ask_countermeasure", culture, Name(measure.Metric, culture)), CountermeasureKeyboard(state, culture)),
        CheckInReply.AskTaskOwner => (BotTexts.Html("deviation.ask_owner", culture), OwnerKeyboard(state, context, culture)),
        CheckInReply.AskDueDate => (BotTexts.Html("deviation.ask_due", culture, Dates.Numeric(context.Today.AddDays(7), culture)), DueKeyboard(state, context, culture)),
        CheckInReply.AskWhatWorked worked => (BotTexts.Html("deviation.ask_worked", culture, Name(worked.Metric, culture)), SkipRow(state, culture)),
        CheckInReply.TaskCreated task => (BotTexts.Html("deviation.task_created", culture, task.Title, DisplayName(task.Owner), Dates.Day(task.Due, culture)), null),
        _ => null,
    };

    private string AskCause(CheckInReply.AskCause ask, CheckInState state, CheckInContext context, CultureInfo culture)
    {
        var question = context.Find(ask.Metric);
        var value = question?.CurrentValue;
        var plan = question?.WeekPlan;
        var metric = question?.Metric;
        var attainment = metric is null ? null : ZoneRules.Evaluate(metric.Direction, value, plan, context.ZoneThresholds).Attainment;
        // The words follow the direction: a lower-is-better metric under plan is "better than plan", over it "above".
        var key = ask.Kind == DeviationKind.Negative
            ? (value > plan ? "deviation.ask_negative_above" : "deviation.ask_negative")
            : (metric?.Direction == MetricDirection.Lower ? "deviation.ask_positive_lower" : "deviation.ask_positive");
        var text = BotTexts.Html(
            key, culture, Name(ask.Metric, culture), metric is null ? string.Empty : MetricValueText.Format(value, metric, culture),
            metric is null ? string.Empty : MetricValueText.Format(plan, metric, culture), MetricValueText.Attainment(attainment, culture));
        return metric is not null && question?.Baseline is { } baseline && SignalLine(baseline.Judge(value), metric, culture) is { } line
            ? text + "\n\n" + line
            : text;
    }

    /// <summary>
    /// Whether the value is routine variation or exceptional against the 12 weeks before (docs/scorecard.md, "Signal or
    /// noise"); nothing when there are too few of them to tell.
    /// </summary>
    private static string? SignalLine(WeekSignal signal, MetricDefinition metric, CultureInfo culture) => signal.Verdict switch
    {
        SignalVerdict.Routine => BotTexts.Html(
            "deviation.signal_routine", culture, Limit(signal.Baseline.Limits!.Lower, signal, metric, culture),
            Limit(signal.Baseline.Limits.Upper, signal, metric, culture)),
        SignalVerdict.ExceptionalAbove => BotTexts.Html("deviation.signal_above", culture, Limit(signal.CrossedLimit!.Value, signal, metric, culture)),
        SignalVerdict.ExceptionalBelow => BotTexts.Html("deviation.signal_below", culture, Limit(signal.CrossedLimit!.Value, signal, metric, culture)),
        _ => null,
    };

    private static string Limit(decimal limit, WeekSignal signal, MetricDefinition metric, CultureInfo culture) =>
        MetricValueText.Limit(limit, signal.Baseline.Limits!.Centre, metric, culture);

    private static List<List<OutgoingButton>> CauseKeyboard(CheckInReply.AskCause ask, CheckInState state, CheckInContext context, CultureInfo culture)
    {
        var rows = new List<List<OutgoingButton>>();
        var offered = state.Deviation is { } draft ? context.CausesFor(draft) : [];
        for (var i = 0; i < offered.Count; i++)
        {
            var cause = offered[i];
            if (cause.Code == Domain.Deviations.Cause.OtherCode)
            {
                continue;
            }

            var mark = ask.Selected.Contains(cause.Code) ? "✓ " : string.Empty;
            rows.Add([CheckInButtons.Button(mark + cause.Names.For(culture.TwoLetterISOLanguageName), state, CheckInChoice.ToggleCause, i)]);
        }

        rows.Add([CheckInButtons.Button(BotTexts.Template("btn.other_cause", culture), state, CheckInChoice.OtherCause)]);
        rows.Add(
        [
            CheckInButtons.Button(BotTexts.Template("btn.causes_done", culture), state, CheckInChoice.CausesDone),
            CheckInButtons.Button(BotTexts.Template("btn.skip", culture), state, CheckInChoice.Skip),
        ]);
        rows.Add([CheckInButtons.Button(BotTexts.Template("btn.correct_value", culture), state, CheckInChoice.Back)]);
        return rows;
    }

    private static List<List<OutgoingButton>> CountermeasureKeyboard(CheckInState state, CultureInfo culture) =>
    [
        [
            CheckInButtons.Button(BotTexts.Template("btn.no_countermeasure", culture), state, CheckInChoice.NoCountermeasure),
            CheckInButtons.Button(BotTexts.Template("btn.back", culture), state, CheckInChoice.Back),
        ],
    ];

    private List<List<OutgoingButton>> OwnerKeyboard(CheckInState state, CheckInContext context, CultureInfo culture)
    {
        var rows = new List<List<OutgoingButton>>();
        for (var i = 0; i < context.Owners.Count; i++)
        {
            if (i % 2 == 0)
            {
                rows.Add([]);
            }

            var name = i == 0 ? BotTexts.Template("btn.owner_me", culture) : DisplayName(context.Owners[i]);
            rows[^1].Add(CheckInButtons.Button(name, state, CheckInChoice.PickOwner, i));
        }

        return rows;
    }

    private static List<List<OutgoingButton>> DueKeyboard(CheckInState state, CheckInContext context, CultureInfo culture) =>
    [
        [.. DueChoices.Select(days => CheckInButtons.Button(
            string.Format(culture, BotTexts.Template("btn.due_days", culture), days, Dates.Day(context.Today.AddDays(days), culture)),
            state, CheckInChoice.DueInDays, days))],
    ];

    private static List<List<OutgoingButton>> SkipRow(CheckInState state, CultureInfo culture) =>
        [[CheckInButtons.Button(BotTexts.Template("btn.skip", culture), state, CheckInChoice.Skip)]];

    private string Name(string metric, CultureInfo culture) =>
        _team.FindMetric(metric)?.Names.For(culture.TwoLetterISOLanguageName) ?? metric;

    private string DisplayName(string member) => _team.FindMember(member)?.DisplayName ?? member;
}
