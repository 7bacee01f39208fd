using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Presses of check-in buttons: only the latest step of the member's own open conversation reacts, by editing the
/// pressed message into the next question; any other button is stale, says so, and changes nothing.
/// </summary>
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
        var pressed = request.Callback?.Message?.MessageId;
        if (button is null || state is null || !button.BelongsTo(state) || !request.IsPrivate || pressed is null)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", request.Culture));
            if (pressed is { } stale && request.IsPrivate)
            {
                response.RemoveKeyboard(request.ChatId, stale);
            }

            return Task.CompletedTask;
        }

        var input = new CheckInInput.Choose(button.Choice, button.Argument);
        _checkIns.Continue(member, state, input, new CheckInReplyTarget(request.ChatId, pressed), request.Culture, response);
        return Task.CompletedTask;
    }
}
