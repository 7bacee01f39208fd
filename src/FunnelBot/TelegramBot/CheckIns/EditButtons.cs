using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>A pressed button under an <c>/edit</c> confirmation: store the pending edit with this id, or not.</summary>
public sealed record EditButton(string EditId, bool Store);

/// <summary>
/// Yes / No under the confirmation of an absurd or far <c>/edit</c>, or of a far <c>/checkin</c>: data <c>ed:y:&lt;id&gt;</c> and <c>ed:n:&lt;id&gt;</c> with the
/// pending edit's 16-hex-digit id (21 bytes, under Telegram's 64). The data is untrusted: anything else is not an edit button.
/// </summary>
public static class EditButtons
{
    public const string Prefix = "ed";
    private const string StoreCode = "y";
    private const string KeepCode = "n";

    /// <summary>Store / keep; for a value that breaks funnel rules, "yes, that's right" / keep.</summary>
    public static List<List<OutgoingButton>> For(string editId, System.Globalization.CultureInfo culture, bool funnel = false) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template(funnel ? "btn.funnel_yes" : "btn.yes", culture), Data = $"{Prefix}:{StoreCode}:{editId}" },
            new OutgoingButton { Text = BotTexts.Template("btn.edit_keep", culture), Data = $"{Prefix}:{KeepCode}:{editId}" },
        ],
    ];

    /// <summary>Open / do not open under the confirmation of a <c>/checkin</c> for a week further back than the limit: the same data.</summary>
    public static List<List<OutgoingButton>> ForCheckIn(string editId, System.Globalization.CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("btn.far_open", culture), Data = $"{Prefix}:{StoreCode}:{editId}" },
            new OutgoingButton { Text = BotTexts.Template("btn.far_cancel", culture), Data = $"{Prefix}:{KeepCode}:{editId}" },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>y:0123…</c>); null when it is not a well-formed edit button.</summary>
    public static EditButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length != 16 || !parts[1].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return parts[0] switch
        {
            StoreCode => new EditButton(parts[1], true),
            KeepCode => new EditButton(parts[1], false),
            _ => null,
        };
    }
}
