using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Away;

/// <summary>
/// The manager's answer to the plan offer. "Set to 0" stores the week overrides (one transaction with the update) and
/// marks the offer answered; "No" only marks it. Only the manager may answer; a second press, or a press after another
/// answer, changes nothing; when the absence was cancelled meanwhile nothing is stored and the message says so.
/// </summary>
public sealed class AwayPlanAnswer
{
    private readonly AwayStore _absences;
    private readonly PlanStore _plans;
    private readonly AwayPlanOffer _offer;

    public AwayPlanAnswer(AwayStore absences, PlanStore plans, AwayPlanOffer offer)
    {
        _absences = absences;
        _plans = plans;
        _offer = offer;
    }

    public void Handle(AwayButton button, int messageId, BotRequest request, BotResponse response)
    {
        var culture = request.Culture;
        if (!request.IsManager)
        {
            response.AnswerCallback(BotTexts.Template("away.toast_manager_only", culture), alert: true);
            return;
        }

        var absence = _absences.Find(button.Number);
        if (absence is null)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            response.RemoveKeyboard(request.ChatId, messageId);
            return;
        }

        if (absence.Cancelled)
        {
            response.EditHtml(request.ChatId, messageId, BotTexts.Html("away.offer_cancelled", culture, absence.Id));
            response.AnswerCallback(null);
            return;
        }

        if (absence.PlanOffer != PlanOfferAnswer.Open)
        {
            response.AnswerCallback(BotTexts.Template("away.toast_offer_answered", culture));
            response.RemoveKeyboard(request.ChatId, messageId);
            return;
        }

        var zero = button.Action == AwayButtonAction.ZeroPlans;
        var manager = request.RequiredMember.Key;
        var overrides = _offer.Overrides(absence);
        response.Write(() =>
        {
            // Checked again inside the transaction: a cancel or another answer may have been committed since.
            if (_absences.Find(absence.Id) is not { Cancelled: false, PlanOffer: PlanOfferAnswer.Open })
            {
                return;
            }

            if (zero)
            {
                _plans.SetAll(overrides, new ChangeAuthor(manager, ChangeSource.Chat));
            }

            _absences.AnswerPlanOffer(absence.Id, zero ? PlanOfferAnswer.PlansZeroed : PlanOfferAnswer.Declined, manager);
        });
        response.EditHtml(request.ChatId, messageId, zero ? _offer.Zeroed(absence, culture) : _offer.Kept(absence, culture));
        response.AnswerCallback(null);
    }
}
