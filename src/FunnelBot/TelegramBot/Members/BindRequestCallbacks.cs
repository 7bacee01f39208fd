using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// Confirm / Reject of a bind request, by a manager only. Confirm binds the account to the member (unless the member
/// was bound meanwhile); Reject tells the person. A decided request says so and changes nothing. The card is edited
/// to show the decision, without buttons.
/// </summary>
public sealed class BindRequestCallbacks : ICallbackHandler
{
    private readonly BindRequestStore _requests;
    private readonly MemberBinder _binder;
    private readonly MemberDirectory _members;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public BindRequestCallbacks(BindRequestStore requests, MemberBinder binder, MemberDirectory members, TeamConfiguration team, TimeProvider time)
    {
        _requests = requests;
        _binder = binder;
        _members = members;
        _team = team;
        _time = time;
    }

    public string Prefix => BindRequestButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = BindRequestButtons.Parse(data);
        var bindRequest = button is null ? null : _requests.Find(button.RequestId);
        var member = bindRequest is null ? null : _team.FindMember(bindRequest.Member);
        if (button is null || bindRequest is null || member is null || request.Callback?.Message?.MessageId is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
        }

        if (!request.IsManager)
        {
            response.AnswerCallback(BotTexts.Template("refuse.manager_only", culture), alert: true);
            return Task.CompletedTask;
        }

        var card = _binder.RequestCard(bindRequest, culture);
        if (bindRequest.Status != BindRequestStatus.Pending)
        {
            response.AnswerCallback(BotTexts.Template("bind.already_decided", culture));
            response.EditHtml(request.ChatId, messageId, card + "\n" + BotTexts.Html("bind.decided_" + bindRequest.Status.ToString().ToLowerInvariant(), culture));
            return Task.CompletedTask;
        }

        if (!button.Confirm)
        {
            Reject(bindRequest, request, response);
            response.EditHtml(request.ChatId, messageId, card + "\n" + BotTexts.Html("bind.decided_rejected", culture));
            response.AnswerCallback(BotTexts.Template("bind.toast_rejected", culture));
            return Task.CompletedTask;
        }

        if (_members.BindingOf(member.Key) is not null)
        {
            response.AnswerCallback(BotTexts.Template("bind.member_taken", culture).Replace("{0}", member.DisplayName, StringComparison.Ordinal), alert: true);
            return Task.CompletedTask;
        }

        var user = new User
        {
            Id = bindRequest.UserId,
            Username = bindRequest.Username,
            FirstName = bindRequest.TelegramName,
            LanguageCode = bindRequest.LanguageCode,
        };
        _binder.Bind(member, user, bindRequest.ChatId, BindWay.Confirmed, request.RequiredMember, response);
        response.EditHtml(request.ChatId, messageId, card + "\n" + BotTexts.Html("bind.decided_approved", culture));
        response.AnswerCallback(BotTexts.Template("bind.toast_confirmed", culture));
        return Task.CompletedTask;
    }

    private void Reject(BindRequest bindRequest, BotRequest request, BotResponse response)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        response.Write(() =>
        {
            bindRequest.Status = BindRequestStatus.Rejected;
            bindRequest.DecidedBy = request.RequiredMember.Key;
            bindRequest.DecidedAt = now;
            _requests.Save(bindRequest);
        });
        response.SendHtml(bindRequest.ChatId, BotTexts.Html("start.request_rejected", _binder.CultureOfRequest(bindRequest)));
    }
}
