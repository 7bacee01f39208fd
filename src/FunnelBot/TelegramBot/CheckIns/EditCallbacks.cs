using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Yes / No under the confirmation of an absurd or far <c>/edit</c>, or of a far <c>/checkin</c>. Only its author may
/// answer; an answered or unknown one is stale and changes nothing. For an edit, Yes stores the value with history
/// unless it was changed since the confirmation was asked (then nothing is stored and the current value is shown), marked
/// as confirmed when it breaks a funnel rule; for
/// a check-in, Yes opens it for that week. No stores and opens nothing. Either way the buttons go.
/// </summary>
public sealed class EditCallbacks : ICallbackHandler
{
    private readonly TeamConfiguration _team;
    private readonly PendingEditStore _pending;
    private readonly WeeklyValueStore _values;
    private readonly ValueEdit _edit;
    private readonly CheckInFlow _checkIns;
    private readonly FunnelPlausibility _funnel;

    public EditCallbacks(
        TeamConfiguration team, PendingEditStore pending, WeeklyValueStore values, ValueEdit edit, CheckInFlow checkIns, FunnelPlausibility funnel)
    {
        _funnel = funnel;
        _team = team;
        _pending = pending;
        _values = values;
        _edit = edit;
        _checkIns = checkIns;
    }

    public string Prefix => EditButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = EditButtons.Parse(data);
        var edit = button is null ? null : _pending.Find(button.EditId);
        var metric = edit is null ? null : _team.FindMetric(edit.Metric);
        var known = edit?.Kind == PendingEditKind.CheckIn ? request.IsPrivate : metric is not null;
        if (button is null || edit is null || !known || edit.Member != request.Member?.Key || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        var week = IsoWeek.Parse(edit.Week);
        response.Write(() => _pending.Remove(edit.Id));
        if (edit.Kind == PendingEditKind.CheckIn)
        {
            var dates = PeriodNames.WeekWithYear(week, culture);
            response.EditHtml(request.ChatId, messageId, BotTexts.Html(button.Store ? "week.far_opened" : "week.far_not_opened", culture, dates));
            if (button.Store)
            {
                _checkIns.Start(request.RequiredMember, request.ChatId, culture, week, response);
            }

            return Task.CompletedTask;
        }

        var name = metric!.Names.For(culture.TwoLetterISOLanguageName);
        var current = _values.Get(metric.Key, week);
        string html;
        if (!button.Store)
        {
            html = BotTexts.Html("edit.cancelled", culture, name, PeriodNames.WeekWithYear(week, culture), ValueEdit.Shown(current, metric, culture));
        }
        else if (current != edit.OldValue)
        {
            html = BotTexts.Html("edit.stale", culture, name, PeriodNames.WeekWithYear(week, culture), ValueEdit.Shown(current, metric, culture));
        }
        else
        {
            var confirmed = _funnel.BrokenBy(metric.Key, week, edit.Value).Count > 0;
            html = _edit.Store(request.RequiredMember.Key, metric, week, edit.Value, current, culture, response, confirmed);
        }

        response.EditHtml(request.ChatId, messageId, html);
        return Task.CompletedTask;
    }
}
