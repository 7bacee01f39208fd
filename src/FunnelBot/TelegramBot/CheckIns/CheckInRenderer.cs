using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.AbTests;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Renders the check-in's replies as Telegram HTML with buttons, in the member's language.</summary>
public sealed class CheckInRenderer
{
    private readonly TeamConfiguration _team;
    private readonly ReportingWeek _reportingWeek;
    private readonly DeviationPrompts _deviations;
    private readonly AbTestCheckInQuestion _abTests;
    private readonly CheckInSummary _summary;

    public CheckInRenderer(TeamConfiguration team, ReportingWeek reportingWeek, DeviationPrompts deviations, AbTestCheckInQuestion abTests, CheckInSummary summary)
    {
        _summary = summary;
        _abTests = abTests;
        _team = team;
        _reportingWeek = reportingWeek;
        _deviations = deviations;
    }

    /// <summary>
    /// The words that open a check-in, at the top of its first question (one message): the week and how many metrics,
    /// how to answer and stop, and for a past week that the answers will be marked late.
    /// </summary>
    public string Intro(CheckInState state, CheckInContext context, CultureInfo culture)
    {
        var intro = BotTexts.Html(
            "checkin.intro", culture, WeekName(state, culture), CountWords.Metrics(context.Questions.Count, culture));
        return IsLate(state) ? intro + "\n" + BotTexts.Html("checkin.late_intro", culture) : intro;
    }

    /// <summary>
    /// Renders one step as one message: what was refused, what was answered so far (each value with its zone, "no data"
    /// for a skipped one), then the next question, confirmation or summary with its buttons. The question message is
    /// edited in place, one request per answer: the pressed one, or for a typed answer the one above it while in reach.
    /// A refusal, or a question too far up, comes as a new message and the old one's buttons go. "Finish" turns the
    /// summary into the thanks in place (its zones stay, its buttons go). A check-in's start puts its
    /// <paramref name="intro"/> above the first question.
    /// </summary>
    public void Render(
        CheckInOutcome outcome,
        CheckInContext context,
        CheckInReplyTarget target,
        CultureInfo culture,
        BotResponse response,
        string? typed = null,
        string? intro = null)
    {
        var state = outcome.State;
        var lines = new StringBuilder();
        if (intro is not null)
        {
            Append(lines, intro, blankLine: true);
        }

        List<List<OutgoingButton>>? keyboard = null;
        var asked = outcome.Replies.OfType<CheckInReply.AskValue>().FirstOrDefault();
        foreach (var reply in outcome.Replies)
        {
            switch (reply)
            {
                case CheckInReply.Saved saved when asked is not null && state.MetricKeys.Take(asked.Index).Contains(saved.Metric):
                    // The answered list above the next question shows it, with its zone.
                    break;
                case CheckInReply.Saved saved:
                    Append(lines, BotTexts.Html("checkin.saved", culture, NameOf(saved.Metric, culture), Format(saved.Value, saved.Metric, culture)));
                    break;
                case CheckInReply.Refused refused:
                    Append(lines, Refusal(refused, culture, withUnitHint: state.Phase is CheckInPhase.AskingValue or CheckInPhase.ConfirmingValue));
                    break;
                case CheckInReply.RefusedValue refused when _team.FindMetric(refused.Metric) is { } metric:
                    Append(lines, ValueRefusalText.Html(refused.Reason, typed ?? string.Empty, metric, culture));
                    break;
                case CheckInReply.LooksLikeNumber number:
                    Append(lines, BotTexts.Html("checkin.looks_like_number", culture, Shown(typed), NameOf(number.Metric, culture)));
                    keyboard = LooksLikeNumberKeyboard(state, culture);
                    break;
                case CheckInReply.AskValue ask:
                    if (Answered(state, context, ask.Index, culture) is { } answered)
                    {
                        Append(lines, answered, blankLine: true);
                    }

                    Append(lines, Question(state, context, ask.Index, culture), blankLine: true);
                    keyboard = QuestionKeyboard(state, context, ask.Index, culture);
                    break;
                case CheckInReply.ConfirmValue confirm:
                    Append(lines, Confirmation(confirm, culture));
                    keyboard = ConfirmKeyboard(state, confirm.FunnelBreaks.Count > 0, culture);
                    break;
                case CheckInReply.Summary:
                    Append(lines, _summary.Text(state, context, culture), blankLine: true);
                    keyboard = CheckInSummary.Keyboard(state, context, culture);
                    break;
                case CheckInReply.Finished:
                    Append(lines, BotTexts.Html("checkin.finished", culture, WeekName(state, culture)));
                    break;
                case CheckInReply.Cancelled:
                    Append(lines, BotTexts.Html("checkin.cancelled", culture));
                    break;
                case CheckInReply.NotActive:
                    response.AnswerCallback(BotTexts.Template("button.stale", culture));
                    break;
                default:
                    if (_deviations.Render(reply, state, context, culture) is var (html, buttons))
                    {
                        Append(lines, html, blankLine: buttons is not null);
                        keyboard = buttons ?? keyboard;
                    }

                    break;
            }
        }

        if (outcome.Replies.Any(reply => reply is CheckInReply.Finished))
        {
            // After the thanks, the owner's running A/B tests ask for the week's numbers, one at a time.
            response.Write(() => _abTests.Ask(state.Member, state.Week, target.ChatId, culture, response));
        }

        if (lines.Length == 0)
        {
            return;
        }

        // A late check-in's questions look like this week's: each names its week (a value question in its header).
        if (keyboard is not null && IsLate(state) && !outcome.Replies.Any(reply => reply is CheckInReply.AskValue))
        {
            Append(lines, BotTexts.Html("checkin.late_week", culture, WeekName(state, culture)));
        }

        var text = lines.ToString();
        IReadOnlyList<string>? topics = keyboard is null ? null : [CheckInQuestionMessages.Topic(state)];
        if (target.EditMessageId is { } summaryMessage && outcome.Replies.Any(reply => reply is CheckInReply.Finished))
        {
            // "Finish" is pressed on the summary: the summary stays in the chat with its zones (its buttons go) and the
            // thanks below it, one request; what asks for more (buttons) comes as a new message.
            var summary = _summary.Text(state, context, culture, withFooter: false);
            if (keyboard is null)
            {
                response.EditHtml(target.ChatId, summaryMessage, summary + "\n\n" + text);
            }
            else
            {
                response.EditHtml(target.ChatId, summaryMessage, summary);
                response.SendHtml(target.ChatId, text, keyboard, memberKey: state.Member, topics: topics);
            }
        }
        else if (target.EditMessageId is { } pressed)
        {
            response.EditHtml(target.ChatId, pressed, text, keyboard);
        }
        else if (target.Question is { InReach: true } question && keyboard is not null && !Refuses(outcome))
        {
            response.EditHtml(target.ChatId, question.MessageId, text, keyboard);
        }
        else
        {
            if (target.Question is { } old)
            {
                response.RemoveKeyboard(target.ChatId, old.MessageId);
            }

            response.SendHtml(target.ChatId, text, keyboard, memberKey: state.Member, topics: topics);
        }
    }

    /// <summary>
    /// A typed answer refused, or one that stored nothing and only shows the summary again: the member must see it below
    /// what they typed, so it comes as a new message.
    /// </summary>
    private static bool Refuses(CheckInOutcome outcome) =>
        outcome.Replies.Any(reply => reply is CheckInReply.Refused or CheckInReply.RefusedValue or CheckInReply.LooksLikeNumber)
        || (outcome.Effects.Count == 0 && outcome.Replies.All(reply => reply is CheckInReply.Summary));

    /// <summary>The metrics asked before the one at <paramref name="index"/>: value, plan and zone, or "no data"; null before the first answer.</summary>
    private string? Answered(CheckInState state, CheckInContext context, int index, CultureInfo culture)
    {
        var before = state.MetricKeys.Take(index).ToHashSet(StringComparer.Ordinal);
        var lines = context.Questions.Where(question => before.Contains(question.Metric.Key)).Select(question => _summary.Line(question, culture)).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private string Question(CheckInState state, CheckInContext context, int index, CultureInfo culture)
    {
        var question = context.Questions.First(q => q.Metric.Key == state.MetricKeys[index]);
        var none = BotTexts.Template("checkin.no_value", culture);
        var text = BotTexts.Html(
            IsLate(state) ? "checkin.ask_late" : "checkin.ask", culture, question.Metric.Names.For(culture.TwoLetterISOLanguageName), index + 1,
            state.MetricKeys.Count, CheckInSummary.FormatOr(question.WeekPlan, question.Metric, culture, none),
            CheckInSummary.FormatOr(question.LastWeekValue, question.Metric, culture, none), CheckInSummary.FormatOr(question.CurrentValue, question.Metric, culture, none),
            WeekName(state, culture));
        return text;
    }

    /// <summary>A check-in of a week before the reporting week.</summary>
    private bool IsLate(CheckInState state) => state.Week < _reportingWeek.Current;

    /// <summary>The check-in's week by its dates, with the year unless all of it lies in this year.</summary>
    private string WeekName(CheckInState state, CultureInfo culture) => PeriodNames.Week(state.Week, _reportingWeek.Today.Year, culture);

    private static List<List<OutgoingButton>> QuestionKeyboard(CheckInState state, CheckInContext context, int index, CultureInfo culture)
    {
        var question = context.Questions.First(q => q.Metric.Key == state.MetricKeys[index]);
        var first = new List<OutgoingButton>();
        if (question.LastWeekValue is { } last)
        {
            first.Add(CheckInButtons.Button(
                string.Format(culture, BotTexts.Template("btn.same", culture), NumberFormatting.Format(last, question.Metric.Unit, culture)),
                state, CheckInChoice.SameAsLastWeek));
        }

        first.Add(CheckInButtons.Button(BotTexts.Template("btn.zero", culture), state, CheckInChoice.Zero));
        first.Add(CheckInButtons.Button(BotTexts.Template("btn.skip", culture), state, CheckInChoice.Skip));
        var second = new List<OutgoingButton>();
        if (index > 0)
        {
            second.Add(CheckInButtons.Button(BotTexts.Template("btn.back", culture), state, CheckInChoice.Back));
        }

        second.Add(CheckInButtons.Button(BotTexts.Template("btn.finish", culture), state, CheckInChoice.Finish));
        return [first, second];
    }

    /// <summary>
    /// The confirmation of an absurd value, of one that breaks funnel rules (naming each with the other metric's value),
    /// or of one that is both: one question either way.
    /// </summary>
    private string Confirmation(CheckInReply.ConfirmValue confirm, CultureInfo culture)
    {
        var name = NameOf(confirm.Metric, culture);
        var value = Format(confirm.Value, confirm.Metric, culture);
        var parts = new List<string>();
        if (confirm.Absurd)
        {
            parts.Add(BotTexts.Html("checkin.confirm", culture, name, value));
        }

        if (confirm.FunnelBreaks.Count > 0)
        {
            parts.Add(FunnelText.Confirmation(name, value, confirm.FunnelBreaks, _team, culture));
        }

        return string.Join('\n', parts);
    }

    /// <summary>Yes / no under a confirmation: for a value that breaks funnel rules, "yes, that's right" / "correct it".</summary>
    private static List<List<OutgoingButton>> ConfirmKeyboard(CheckInState state, bool funnel, CultureInfo culture) =>
    [
        [
            CheckInButtons.Button(BotTexts.Template(funnel ? "btn.funnel_yes" : "btn.yes", culture), state, CheckInChoice.ConfirmYes),
            CheckInButtons.Button(BotTexts.Template(funnel ? "btn.funnel_fix" : "btn.no", culture), state, CheckInChoice.ConfirmNo),
        ],
    ];

    private string Refusal(CheckInReply.Refused refused, CultureInfo culture, bool withUnitHint)
    {
        var metric = _team.FindMetric(refused.Metric);
        var reason = BotTexts.Html("refusal." + refused.Reason, culture, string.Empty, string.Empty, Domain.Periods.SupportedYears.First, Domain.Periods.SupportedYears.Last);
        if (metric is null || !withUnitHint || refused.Reason == CheckInRefusal.NoValueLastWeek)
        {
            return reason;
        }

        var expected = ValueExpectation.Of(metric);
        return reason + "\n" + ValueRefusalText.Expected(metric, culture, UnitExamples.For(expected, culture), UnitExamples.AsPercentage(expected, culture));
    }

    /// <summary>Under "that looks like a number": back to the metric's value, or the words after all.</summary>
    private static List<List<OutgoingButton>> LooksLikeNumberKeyboard(CheckInState state, CultureInfo culture) =>
    [
        [
            CheckInButtons.Button(BotTexts.Template("btn.correct_value", culture), state, CheckInChoice.CorrectValue),
            CheckInButtons.Button(BotTexts.Template("btn.type_text", culture), state, CheckInChoice.TypeText),
        ],
    ];

    private static string Shown(string? typed) =>
        typed is null ? string.Empty : typed.Length > ValueRefusalText.MaxShown ? typed[..ValueRefusalText.MaxShown] + "…" : typed;

    private string NameOf(string metric, CultureInfo culture) =>
        _team.FindMetric(metric)?.Names.For(culture.TwoLetterISOLanguageName) ?? metric;

    private string Format(decimal value, string metric, CultureInfo culture) =>
        NumberFormatting.Format(value, _team.FindMetric(metric)?.Unit ?? MetricUnit.Count, culture);

    private static void Append(StringBuilder lines, string line, bool blankLine = false)
    {
        if (lines.Length > 0)
        {
            lines.Append(blankLine ? "\n\n" : "\n");
        }

        lines.Append(line);
    }
}
