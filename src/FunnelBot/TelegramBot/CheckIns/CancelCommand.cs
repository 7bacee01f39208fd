using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary><c>/cancel</c>: closes the open conversation; what was already answered stays stored.</summary>
public sealed class CancelCommand : IBotCommand
{
    private readonly CheckInFlow _checkIns;

    public CancelCommand(CheckInFlow checkIns)
    {
        _checkIns = checkIns;
    }

    public string Name => "cancel";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var member = request.RequiredMember;
        if (_checkIns.Open(member.Key) is { } state)
        {
            _checkIns.Continue(member, state, new CheckInInput.Choose(CheckInChoice.Cancel), new CheckInReplyTarget(request.ChatId), request.Culture, response);
        }
        else
        {
            response.SendHtml(request.ChatId, BotTexts.Html("checkin.nothing_to_cancel", request.Culture));
        }

        return Task.CompletedTask;
    }
}
