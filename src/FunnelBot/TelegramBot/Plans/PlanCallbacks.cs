using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// The buttons of a previewed plan change. Only the manager may press; a finished change says so and changes
/// nothing; Confirm refuses a preview older than a week, or one where a stored plan differs from the old value it showed.
/// Otherwise the plans are stored with history (author: the manager, from the chat) and the message shows the result,
/// without buttons. A plan from last year also has the choice for incomplete months (computed again in place, see
/// <see cref="PlanFromLastYearAction.Recompute"/>) and "replace manual plans too", the only press that stores over
/// plans set by hand.
/// </summary>
public sealed class PlanCallbacks : ICallbackHandler
{
    private readonly PendingPlanChangeStore _pending;
    private readonly PlanStore _plans;
    private readonly PlanChangeRenderer _renderer;
    private readonly PlanFromLastYearAction _fromLastYear;

    public PlanCallbacks(PendingPlanChangeStore pending, PlanStore plans, PlanChangeRenderer renderer, PlanFromLastYearAction fromLastYear)
    {
        _pending = pending;
        _plans = plans;
        _renderer = renderer;
        _fromLastYear = fromLastYear;
    }

    public string Prefix => PlanButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = PlanButtons.Parse(data);
        var change = button is null ? null : _pending.Find(button.ChangeId);
        if (button is null || change is null || request.Callback?.Message?.MessageId is not { } messageId
            || (change.FromLastYear is null && button.Action is not (PlanButtonAction.Confirm or PlanButtonAction.Cancel)))
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        if (!request.IsManager)
        {
            response.AnswerCallback(BotTexts.Template("refuse.manager_only", culture), alert: true);
            return Task.CompletedTask;
        }

        if (change.Status != PendingPlanStatus.Pending)
        {
            response.AnswerCallback(BotTexts.Template("plan.already_done", culture));
            response.RemoveKeyboard(request.ChatId, messageId);
            return Task.CompletedTask;
        }

        switch (button.Action)
        {
            case PlanButtonAction.Cancel:
                Finish(request, response, messageId, change.Id, PendingPlanStatus.Cancelled, "plan.cancelled");
                break;
            case PlanButtonAction.TakeTwoYearsBack or PlanButtonAction.LeaveOut:
                var choice = button.Action == PlanButtonAction.TakeTwoYearsBack ? IncompleteMonths.TwoYearsBack : IncompleteMonths.LeaveOut;
                if (choice == change.FromLastYear!.Incomplete)
                {
                    // A second press of a button the preview no longer shows: the preview already is so.
                    response.AnswerCallback(BotTexts.Template("plan.toast_recomputed", culture));
                    break;
                }

                _fromLastYear.Recompute(request, response, change, messageId, choice);
                break;
            default:
                Store(request, response, change, messageId, button.Action == PlanButtonAction.ConfirmReplacingManual);
                break;
        }

        return Task.CompletedTask;
    }

    private void Store(BotRequest request, BotResponse response, PendingPlanChangeDocument change, int messageId, bool withManual)
    {
        if (_pending.IsExpired(change))
        {
            Finish(request, response, messageId, change.Id, PendingPlanStatus.Stale, "plan.expired");
            return;
        }

        if (_pending.IsStale(change, withManual))
        {
            Finish(request, response, messageId, change.Id, PendingPlanStatus.Stale, "plan.stale");
            return;
        }

        var who = request.RequiredMember.Key;
        List<PendingPlanItem> items = withManual ? [.. change.Items, .. change.ManualItems] : change.Items;
        var entries = items.Select(item => item.ToEntry()).ToList();
        var origin = change.FromLastYear is null ? PlanOrigin.Manual : PlanOrigin.FromLastYear;
        response.Write(() =>
        {
            // Checked again inside the update's transaction: a plan committed from another chat since the check above
            // rolls this one back (the manager is told it failed) instead of overwriting it.
            if (_pending.IsStale(change, withManual))
            {
                throw new InvalidOperationException($"Pending plan change {change.Id} went stale before it was stored.");
            }

            _plans.SetAll(entries, new ChangeAuthor(who, ChangeSource.Chat), origin);
            _pending.Close(change.Id, PendingPlanStatus.Confirmed, who);
        });
        var changed = items.Count(item => item.OldValue != item.Value || item.OldNote != item.Note);
        response.EditHtml(
            request.ChatId,
            messageId,
            change.FromLastYear is null ? _renderer.Stored(change, request.Culture) : PlanFromLastYearRenderer.Stored(change, changed, withManual, request.Culture));
        response.AnswerCallback(BotTexts.Template("plan.toast_stored", request.Culture));
    }

    private void Finish(BotRequest request, BotResponse response, int messageId, string id, PendingPlanStatus status, string textKey)
    {
        var who = request.RequiredMember.Key;
        response.Write(() => _pending.Close(id, status, who));
        response.EditHtml(request.ChatId, messageId, BotTexts.Html(textKey, request.Culture));
        response.AnswerCallback(BotTexts.Template(textKey, request.Culture));
    }
}
