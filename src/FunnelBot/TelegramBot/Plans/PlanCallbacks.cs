using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// Confirm / Cancel of a previewed plan change. Only the manager may press; a finished change says so and changes
/// nothing; Confirm refuses a preview older than a week, or one where a stored plan differs from the old value it showed. Otherwise the
/// plans are stored with history (author: the manager, from the chat) and the message shows the result, without buttons.
/// </summary>
public sealed class PlanCallbacks : ICallbackHandler
{
    private readonly PendingPlanChangeStore _pending;
    private readonly PlanStore _plans;
    private readonly PlanChangeRenderer _renderer;

    public PlanCallbacks(PendingPlanChangeStore pending, PlanStore plans, PlanChangeRenderer renderer)
    {
        _pending = pending;
        _plans = plans;
        _renderer = renderer;
    }

    public string Prefix => PlanButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = PlanButtons.Parse(data);
        var change = button is null ? null : _pending.Find(button.ChangeId);
        if (button is null || change is null || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        if (!request.IsManager)
        {
            response.AnswerCallback(BotTexts.Template("refuse.manager_only", culture), alert: true);
            return Task.CompletedTask;
        }

        var who = request.RequiredMember.Key;
        if (change.Status != PendingPlanStatus.Pending)
        {
            response.AnswerCallback(BotTexts.Template("plan.already_done", culture));
            response.RemoveKeyboard(request.ChatId, messageId);
            return Task.CompletedTask;
        }

        if (!button.Confirm)
        {
            Finish(request, response, messageId, change.Id, PendingPlanStatus.Cancelled, "plan.cancelled");
            return Task.CompletedTask;
        }

        if (_pending.IsExpired(change))
        {
            Finish(request, response, messageId, change.Id, PendingPlanStatus.Stale, "plan.expired");
            return Task.CompletedTask;
        }

        if (_pending.IsStale(change))
        {
            Finish(request, response, messageId, change.Id, PendingPlanStatus.Stale, "plan.stale");
            return Task.CompletedTask;
        }

        var entries = change.Items.Select(item => item.ToEntry()).ToList();
        response.Write(() =>
        {
            // Checked again inside the update's transaction: a plan committed from another chat since the check above
            // rolls this one back (the manager is told it failed) instead of overwriting it.
            if (_pending.IsStale(change))
            {
                throw new InvalidOperationException($"Pending plan change {change.Id} went stale before it was stored.");
            }

            _plans.SetAll(entries, new ChangeAuthor(who, ChangeSource.Chat));
            _pending.Close(change.Id, PendingPlanStatus.Confirmed, who);
        });
        response.EditHtml(request.ChatId, messageId, _renderer.Stored(change, culture));
        response.AnswerCallback(BotTexts.Template("plan.toast_stored", culture));
        return Task.CompletedTask;
    }

    private void Finish(BotRequest request, BotResponse response, int messageId, string id, PendingPlanStatus status, string textKey)
    {
        var who = request.RequiredMember.Key;
        response.Write(() => _pending.Close(id, status, who));
        response.EditHtml(request.ChatId, messageId, BotTexts.Html(textKey, request.Culture));
        response.AnswerCallback(BotTexts.Template(textKey, request.Culture));
    }
}
