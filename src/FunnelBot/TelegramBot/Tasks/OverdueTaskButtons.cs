using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>The two buttons under a private overdue reminder: <c>ovd:done:&lt;id&gt;</c> and <c>ovd:later:&lt;id&gt;</c>.</summary>
public static class OverdueTaskButtons
{
    public const string Prefix = "ovd";
    public const string Done = "done";
    public const string Later = "later";
    public const int LaterDays = 7;

    public static List<List<OutgoingButton>> For(string taskId, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("overdue.button_done", culture), Data = $"{Prefix}:{Done}:{taskId}" },
            new OutgoingButton { Text = BotTexts.Template("overdue.button_later", culture), Data = $"{Prefix}:{Later}:{taskId}" },
        ],
    ];
}
