using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>A pressed plan button: confirm or cancel the pending change with this id.</summary>
public sealed record PlanButton(string ChangeId, bool Confirm);

/// <summary>
/// Confirm / Cancel under a plan preview: data <c>pl:c:&lt;id&gt;</c> and <c>pl:x:&lt;id&gt;</c> with the pending change's
/// 32-hex-digit id (37 bytes, under Telegram's 64). The data is untrusted: anything else is not a plan button.
/// </summary>
public static class PlanButtons
{
    public const string Prefix = "pl";
    private const string ConfirmCode = "c";
    private const string CancelCode = "x";

    public static List<List<OutgoingButton>> For(string changeId, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("plan.button_confirm", culture), Data = $"{Prefix}:{ConfirmCode}:{changeId}" },
            new OutgoingButton { Text = BotTexts.Template("plan.button_cancel", culture), Data = $"{Prefix}:{CancelCode}:{changeId}" },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>c:0123…</c>); null when it is not a well-formed plan button.</summary>
    public static PlanButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length != 32 || !parts[1].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return parts[0] switch
        {
            ConfirmCode => new PlanButton(parts[1], true),
            CancelCode => new PlanButton(parts[1], false),
            _ => null,
        };
    }
}
