using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Presses of check-in buttons: only the member's own open conversation reacts; anything else is stale.</summary>
public sealed class CheckInCallbacks : ICallbackHandler
{
    private readonly CheckInFlow _checkIns;

    public CheckInCallbacks(CheckInFlow checkIns)
    {
        _checkIns = checkIns;
    }

    public string Prefix => CheckInButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var member = request.RequiredMember;
        var button = CheckInButtons.Parse(data);
        var state = _checkIns.Open(member.Key);
        if (button is null || state is null || state.Id != button.Value.ConversationId || !request.IsPrivate)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            if (request.Callback?.Message is { } stale && request.IsPrivate)
            {
                response.RemoveKeyboard(request.ChatId, stale.MessageId);
            }

            return Task.CompletedTask;
        }

        var (_, choice, argument) = button.Value;
        _checkIns.Continue(member, state, new CheckInInput.Choose(choice, argument), request.ChatId, request.Culture, response);
        return Task.CompletedTask;
    }
}
