using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>A private message that is not a command: an answer to the open check-in, or a hint when nothing is asked.</summary>
public sealed class ConversationInput
{
    private readonly CheckInFlow _checkIns;

    public ConversationInput(CheckInFlow checkIns)
    {
        _checkIns = checkIns;
    }

    /// <summary>Whether the member has a check-in open, so that whatever they send next is taken as its answer.</summary>
    public bool IsOpenFor(TeamMember member) => _checkIns.Open(member.Key) is not null;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var member = request.RequiredMember;
        if (_checkIns.Open(member.Key) is not { } state)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("hint.idle", request.Culture));
            return Task.CompletedTask;
        }

        var message = request.Message!;
        CheckInInput input = message.Text is { } text ? new CheckInInput.Text(text) : new CheckInInput.NotText(message.Type.ToString());
        _checkIns.Continue(member, state, input, new CheckInReplyTarget(request.ChatId), request.Culture, response, message.Text);
        return Task.CompletedTask;
    }
}
