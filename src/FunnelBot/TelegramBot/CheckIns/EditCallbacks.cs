using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Yes / No under the confirmation of an absurd <c>/edit</c>. Only its author may answer; an answered or unknown one is
/// stale and changes nothing. Yes stores the value with history unless it was changed since the confirmation was asked
/// (then nothing is stored and the current value is shown); No stores nothing. Either way the buttons go.
/// </summary>
public sealed class EditCallbacks : ICallbackHandler
{
    private readonly TeamConfiguration _team;
    private readonly PendingEditStore _pending;
    private readonly WeeklyValueStore _values;
    private readonly ValueEdit _edit;

    public EditCallbacks(TeamConfiguration team, PendingEditStore pending, WeeklyValueStore values, ValueEdit edit)
    {
        _team = team;
        _pending = pending;
        _values = values;
        _edit = edit;
    }

    public string Prefix => EditButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = EditButtons.Parse(data);
        var edit = button is null ? null : _pending.Find(button.EditId);
        var metric = edit is null ? null : _team.FindMetric(edit.Metric);
        if (button is null || edit is null || metric is null || edit.Member != request.Member?.Key || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        var week = IsoWeek.Parse(edit.Week);
        var current = _values.Get(metric.Key, week);
        response.Write(() => _pending.Remove(edit.Id));
        string html;
        if (!button.Store)
        {
            html = BotTexts.Html("edit.cancelled", culture, name, week.ToString(), ValueEdit.Shown(current, metric, culture));
        }
        else if (current != edit.OldValue)
        {
            html = BotTexts.Html("edit.stale", culture, name, week.ToString(), ValueEdit.Shown(current, metric, culture));
        }
        else
        {
            html = _edit.Store(request.RequiredMember.Key, metric, week, edit.Value, current, culture, response);
        }

        response.EditHtml(request.ChatId, messageId, html);
        return Task.CompletedTask;
    }
}
