using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Attention;

/// <summary>
/// <c>/attention</c>, the manager's, in a private chat: what needs the manager in the reporting week
/// (<see cref="ManagerAttention"/>), group by group with the commands that fix it.
/// </summary>
public sealed class AttentionCommand : IBotCommand
{
    private readonly ManagerAttention _attention;
    private readonly AttentionRenderer _renderer;

    public AttentionCommand(ManagerAttention attention, AttentionRenderer renderer)
    {
        _attention = attention;
        _renderer = renderer;
    }

    public string Name => "attention";

    public CommandAccess Access => CommandAccess.Manager;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        response.SendHtml(request.ChatId, _renderer.Render(_attention.Now(), request.Culture));
        return Task.CompletedTask;
    }
}
