using System.Globalization;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// Presses of the buttons of overdue reminders sent before the reminder carried the task card's own buttons
/// (<c>ovd:done:12</c>, <c>ovd:later:12</c>): read as the task button they stand for and handled by the same
/// <see cref="TaskButtonPresses"/>, so the checks, the toasts and "already done" are those of any task button.
/// </summary>
public sealed class OverdueTaskCallbacks : ICallbackHandler
{
    public const string Prefix = "ovd";
    private readonly TaskButtonPresses _presses;

    public OverdueTaskCallbacks(TaskButtonPresses presses)
    {
        _presses = presses;
    }

    string ICallbackHandler.Prefix => Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        _presses.Handle(request, Parse(data), response);
        return Task.CompletedTask;
    }

    private static TaskButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length is 0 or > 9
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        return parts[0] switch
        {
            "done" => new TaskButton(number, TaskButtonAction.Done),
            "later" => new TaskButton(number, TaskButtonAction.PlusSevenDays),
            _ => null,
        };
    }
}
