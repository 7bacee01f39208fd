using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Away;

/// <summary>
/// Presses of away buttons, checked by the presser's user id. Cancel: a member cancels their own absences, the manager
/// any; the list is edited to say what was cancelled (plan overrides stay, and how to change them) and shows the rest;
/// the member is told when the manager cancelled theirs. A stale press (already cancelled) is a toast and changes
/// nothing. The plan offer's answers go to <see cref="AwayPlanAnswer"/>.
/// </summary>
public sealed class AwayCallbacks : ICallbackHandler
{
    private readonly AwayStore _absences;
    private readonly AwayRenderer _renderer;
    private readonly AwayPlanAnswer _planAnswer;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly TeamClock _calendar;

    public AwayCallbacks(
        AwayStore absences, AwayRenderer renderer, AwayPlanAnswer planAnswer, MemberDirectory members, MemberCultures cultures, TeamClock calendar)
    {
        _absences = absences;
        _renderer = renderer;
        _planAnswer = planAnswer;
        _members = members;
        _cultures = cultures;
        _calendar = calendar;
    }

    public string Prefix => AwayButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var button = AwayButtons.Parse(data);
        if (button is null || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            return Task.CompletedTask;
        }

        if (button.Action == AwayButtonAction.Cancel)
        {
            Cancel(button.Number, messageId, request, response);
        }
        else
        {
            _planAnswer.Handle(button, messageId, request, response);
        }

        return Task.CompletedTask;
    }

    private void Cancel(int number, int messageId, BotRequest request, BotResponse response)
    {
        var culture = request.Culture;
        var caller = request.RequiredMember;
        var absence = _absences.Find(number);
        if (absence is null || absence.Cancelled)
        {
            response.AnswerCallback(BotTexts.Template("away.toast_already_cancelled", culture));
            EditList(null, number, messageId, request, response);
            return;
        }

        if (absence.Member != caller.Key && !request.IsManager)
        {
            var owner = _renderer.MemberName(absence.Member);
            response.AnswerCallback(string.Format(culture, BotTexts.Template("away.toast_not_yours", culture), owner), alert: true);
            return;
        }

        response.Write(() =>
        {
            if (_absences.Find(number) is { Cancelled: false })
            {
                _absences.Cancel(number, caller.Key);
            }
        });
        var said = BotTexts.Html("away.cancelled", culture, new HtmlFragment(_renderer.Line(absence, culture)));
        if (absence.PlanOffer == PlanOfferAnswer.PlansZeroed)
        {
            said += "\n" + BotTexts.Html("away.overrides_stay", culture);
        }

        EditList(said, number, messageId, request, response);
        response.AnswerCallback(BotTexts.Template("away.toast_cancelled", culture));
        if (absence.Member != caller.Key && _members.PrivateChatOf(absence.Member) is { } chat
            && _members.Members.FirstOrDefault(m => m.Key == absence.Member) is { } member)
        {
            var memberCulture = _cultures.For(member);
            response.SendHtml(
                chat, BotTexts.Html("away.cancelled_for_you", memberCulture, caller.DisplayName, new HtmlFragment(_renderer.Line(absence, memberCulture))),
                memberKey: member.Key);
        }
    }

    /// <summary>Edits the pressed list: what was just cancelled (if anything) above the absences still active.</summary>
    private void EditList(string? said, int cancelled, int messageId, BotRequest request, BotResponse response)
    {
        var today = _calendar.Today;
        var rest = _absences.NotOver(request.IsManager ? null : request.RequiredMember.Key, today).Where(a => a.Id != cancelled).ToList();
        var (list, keyboard) = _renderer.List(rest, today, request.Culture);
        response.EditHtml(request.ChatId, messageId, said is null ? list : said + "\n\n" + list, keyboard);
    }
}
