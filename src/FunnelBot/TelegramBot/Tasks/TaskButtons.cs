using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>What a task button does.</summary>
public enum TaskButtonAction
{
    Done,
    PlusSevenDays,
}

/// <summary>A pressed task button: the task's number and the action.</summary>
public sealed record TaskButton(int Number, TaskButtonAction Action);

/// <summary>
/// The buttons on a task card: data <c>tk:&lt;number&gt;:d</c> (done) and <c>tk:&lt;number&gt;:p7</c> (+7 days), far under
/// Telegram's 64 bytes. The data is untrusted: anything else is not a task button.
/// </summary>
public static class TaskButtons
{
    public const string Prefix = "tk";
    private const string DoneCode = "d";
    private const string PlusSevenCode = "p7";

    public static List<List<OutgoingButton>> For(int number, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("task.button_done", culture), Data = Data(number, DoneCode) },
            new OutgoingButton { Text = BotTexts.Template("task.button_plus7", culture), Data = Data(number, PlusSevenCode) },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>12:d</c>); null when it is not a well-formed task button.</summary>
    public static TaskButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[0].Length is 0 or > 9
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        return parts[1] switch
        {
            DoneCode => new TaskButton(number, TaskButtonAction.Done),
            PlusSevenCode => new TaskButton(number, TaskButtonAction.PlusSevenDays),
            _ => null,
        };
    }

    private static string Data(int number, string code) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{number}:{code}");
}
