using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// <c>/edit leads 2026-W47 12</c>: corrects one value with history. Owners correct their own metrics, the manager any.
/// The value is read as every entry point reads it (<see cref="MetricValueReader"/>, in the member's language); an
/// absurd one (<see cref="AnswerRules.IsAbsurd"/>, as the check-in judges it), one that breaks a funnel rule
/// (<see cref="FunnelPlausibility"/>, the same rules, named with the other metric's value), or one for a week further back than
/// <c>Team:CheckIns:ConfirmOlderThanWeeks</c> (named by its dates), is confirmed with Yes / No first
/// (<see cref="EditCallbacks"/>); a future week is refused. A value for a week that has ended is marked late.
/// </summary>
public sealed class EditCommand : IBotCommand
{
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly CheckInQuestions _questions;
    private readonly ReportingWeek _reportingWeek;
    private readonly PendingEditStore _pending;
    private readonly ValueEdit _edit;
    private readonly WeekAgeRule _weeks;
    private readonly MetricResolver _metrics;
    private readonly NameChoices _choices;
    private readonly FunnelPlausibility _funnel;

    public EditCommand(
        TeamConfiguration team, WeeklyValueStore values, CheckInQuestions questions, ReportingWeek reportingWeek, PendingEditStore pending, ValueEdit edit,
        WeekAgeRule weeks, MetricResolver metrics, NameChoices choices, FunnelPlausibility funnel)
    {
        _funnel = funnel;
        _metrics = metrics;
        _choices = choices;
        _weeks = weeks;
        _team = team;
        _values = values;
        _questions = questions;
        _reportingWeek = reportingWeek;
        _pending = pending;
        _edit = edit;
    }

    public string Name => "edit";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (Edit(request, response) is { } reply)
        {
            response.SendHtml(request.ChatId, reply);
        }

        return Task.CompletedTask;
    }

    /// <summary>The reply, or null when a confirmation or a choice of metrics with its buttons was sent instead.</summary>
    private string? Edit(BotRequest request, BotResponse response)
    {
        var culture = request.Culture;
        var member = request.RequiredMember;
        var mine = _questions.MetricsOf(member.Key);
        var own = string.Join(", ", mine.Select(m => m.Names.For(culture.TwoLetterISOLanguageName)));
        var named = _metrics.Leading(request.Arguments, wordsAfter: 2);
        var parts = named.Rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = _reportingWeek.Current;
        if (named.Typed.Length == 0 || parts.Length < 2)
        {
            return BotTexts.Html("edit.usage", culture, _metrics.Example(member, culture, m => m.Kind == MetricKind.Entered), current.Previous.ToString(), own);
        }

        if (named.Match.One is not { } metric)
        {
            IReadOnlyList<MetricDefinition> offered = request.IsManager ? [.. _team.Metrics.Where(m => m.Kind == MetricKind.Entered)] : mine;
            _choices.OfferMetrics(request, response, Name, string.Empty, named, offered);
            return null;
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

        if (!IsoWeek.TryParse(parts[0], out var week))
        {
            return OutsideYearsText.For(parts[0], culture) ?? BotTexts.Html("checkin.bad_week", culture, parts[0], current.Previous.ToString());
        }

        var age = _weeks.Of(week);
        if (age.IsFuture)
        {
            return WeekAgeRule.FutureRefusal(week, culture);
        }

        var reading = MetricValueReader.ReadValue(parts[1], metric.Unit, NumberConvention.Typed(culture));
        if (reading.Refusal is { } refusal)
        {
            return ValueRefusalText.Html(refusal, parts[1], metric, culture);
        }

        var old = _values.Get(metric.Key, week);
        var value = reading.Value;
        var breaks = _funnel.BrokenBy(metric.Key, week, value);

        // The stored value given again is unchanged, unless it breaks a funnel rule unconfirmed: then it is asked, and Yes confirms it.
        if (old == value && breaks.All(_funnel.IsConfirmed))
        {
            return BotTexts.Html("edit.unchanged", culture, name, PeriodNames.WeekWithYear(week, culture), NumberFormatting.Format(value, metric.Unit, culture));
        }

        var question = _questions.For(member.Key, [metric], week, culture).Questions[0];
        var absurd = AnswerRules.IsAbsurd(value, question);
        if (!absurd && breaks.Count == 0 && !age.NeedsConfirmation)
        {
            return _edit.Store(member.Key, metric, week, value, old, culture, response);
        }

        var pending = _pending.Prepare(member.Key, metric.Key, week, value, old);
        response.Write(() => _pending.Add(pending));
        var formatted = NumberFormatting.Format(value, metric.Unit, culture);
        var header = age.NeedsConfirmation
            ? BotTexts.Html(
                "week.far_edit", culture, name, PeriodNames.WeekWithYear(week, culture), ValueEdit.Shown(old, metric, culture), formatted,
                WeekAgeRule.Ago(age, culture))
            : BotTexts.Html("edit.confirm_header", culture, name, PeriodNames.WeekWithYear(week, culture), ValueEdit.Shown(old, metric, culture), formatted);
        var ask = absurd ? BotTexts.Html("checkin.confirm", culture, name, formatted) : breaks.Count == 0 ? BotTexts.Html("week.far_store", culture) : null;
        if (breaks.Count > 0)
        {
            var funnel = FunnelText.Confirmation(name, formatted, breaks, _team, culture);
            ask = ask is null ? funnel : ask + "\n" + funnel;
        }

        response.SendHtml(request.ChatId, header + "\n" + ask, EditButtons.For(pending.Id, culture, funnel: breaks.Count > 0));
        return null;
    }
}
