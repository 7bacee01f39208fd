using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// <c>/edit leads 2026-W47 12</c>: corrects one value with history. Owners correct their own metrics, the manager any.
/// A value for a week that has ended is marked late.
/// </summary>
public sealed class EditCommand : IBotCommand
{
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly CheckInQuestions _questions;
    private readonly ReportingWeek _reportingWeek;

    public EditCommand(TeamConfiguration team, WeeklyValueStore values, CheckInQuestions questions, ReportingWeek reportingWeek)
    {
        _team = team;
        _values = values;
        _questions = questions;
        _reportingWeek = reportingWeek;
    }

    public string Name => "edit";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var reply = Edit(request, response);
        response.SendHtml(request.ChatId, reply);
        return Task.CompletedTask;
    }

    private string Edit(BotRequest request, BotResponse response)
    {
        var culture = request.Culture;
        var member = request.RequiredMember;
        var own = string.Join(", ", _questions.MetricsOf(member.Key).Select(m => m.Key));
        var parts = request.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = _reportingWeek.Current;
        if (parts.Length < 3)
        {
            return BotTexts.Html("edit.usage", culture, FirstKey(_questions.MetricsOf(member.Key)), current.Previous.ToString(), own);
        }

        var metric = _team.FindMetric(parts[0]);
        if (metric is null)
        {
            return BotTexts.Html("edit.unknown_metric", culture, parts[0], own);
        }

        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        if (metric.Kind != MetricKind.Entered)
        {
            return BotTexts.Html(metric.IsRatio ? "edit.ratio" : "edit.automatic", culture, name);
        }

        if (metric.Owner != member.Key && !request.IsManager)
        {
            return BotTexts.Html("edit.not_owner", culture, name, _team.FindMember(metric.Owner)?.DisplayName ?? metric.Owner);
        }

        if (!IsoWeek.TryParse(parts[1], out var week))
        {
            return OutsideYearsText.For(parts[1], culture) ?? BotTexts.Html("checkin.bad_week", culture, parts[1], current.Previous.ToString());
        }

        if (week > current)
        {
            return BotTexts.Html("checkin.future_week", culture, week.ToString());
        }

        var parsed = NumberParser.Parse(parts[2], culture);
        var refusal = !parsed.IsSuccess ? AnswerRules.RefusalFor(parsed.Error!.Value) : UnitRules.Check(metric.Unit, parsed.Value) is { } v ? AnswerRules.RefusalFor(v) : (CheckInRefusal?)null;
        if (refusal is { } reason)
        {
            var why = reason == CheckInRefusal.NotWhole ? BotTexts.Html("refusal.NotWhole", culture, name) : BotTexts.Html("refusal." + reason, culture, parts[2], ValueLimitText.For(culture));
            return why + "\n" + BotTexts.Html("expected." + metric.Unit, culture, UnitExamples.For(metric.Unit, culture));
        }

        var old = _values.Get(metric.Key, week);
        var value = parsed.Value;
        if (old == value)
        {
            return BotTexts.Html("edit.unchanged", culture, name, week.ToString(), NumberFormatting.Format(value, metric.Unit, culture));
        }

        response.Write(() => _values.Set(new WeeklyValue(metric.Key, week, value), new ChangeAuthor(member.Key, ChangeSource.Chat)));
        var none = BotTexts.Template("checkin.no_value", culture);
        var text = BotTexts.Html(
            "edit.done", culture, name, week.ToString(), old is { } o ? NumberFormatting.Format(o, metric.Unit, culture) : none,
            NumberFormatting.Format(value, metric.Unit, culture));
        return week < current ? text + "\n" + BotTexts.Html("edit.late", culture) : text;
    }

    private static string FirstKey(IReadOnlyList<MetricDefinition> metrics) => metrics.Count > 0 ? metrics[0].Key : "leads";
}
