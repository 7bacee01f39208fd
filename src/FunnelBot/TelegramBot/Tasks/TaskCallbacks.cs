using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>Presses of the task buttons (<c>tk:</c>), on a card or under an overdue reminder: see <see cref="TaskButtonPresses"/>.</summary>
public sealed class TaskCallbacks : ICallbackHandler
{
    private readonly TaskButtonPresses _presses;

    public TaskCallbacks(TaskButtonPresses presses)
    {
        _presses = presses;
    }

    public string Prefix => TaskButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        _presses.Handle(request, TaskButtons.Parse(data), response);
        return Task.CompletedTask;
    }
}
