using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Away;

/// <summary>What an away button does.</summary>
public enum AwayButtonAction
{
    Cancel,
    ZeroPlans,
    KeepPlans,
}

/// <summary>A pressed away button: the absence's number and the action.</summary>
public sealed record AwayButton(int Number, AwayButtonAction Action);

/// <summary>
/// Buttons about absences: <c>aw:c:&lt;number&gt;</c> cancels one, <c>aw:z:&lt;number&gt;</c> and <c>aw:k:&lt;number&gt;</c>
/// answer the offer to set the plans to 0 (yes, no); far under Telegram's 64 bytes. The data is untrusted.
/// </summary>
public static class AwayButtons
{
    public const string Prefix = "aw";
    private const string CancelCode = "c";
    private const string ZeroCode = "z";
    private const string KeepCode = "k";

    public static List<OutgoingButton> Cancel(int number, CultureInfo culture) =>
        [new OutgoingButton { Text = Format("away.button_cancel", culture, number), Data = Data(CancelCode, number) }];

    public static List<List<OutgoingButton>> PlanOffer(int number, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("away.button_zero", culture), Data = Data(ZeroCode, number) },
            new OutgoingButton { Text = BotTexts.Template("away.button_keep", culture), Data = Data(KeepCode, number) },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>c:3</c>); null when it is not a well-formed away button.</summary>
    public static AwayButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length is 0 or > 9
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        return parts[0] switch
        {
            CancelCode => new AwayButton(number, AwayButtonAction.Cancel),
            ZeroCode => new AwayButton(number, AwayButtonAction.ZeroPlans),
            KeepCode => new AwayButton(number, AwayButtonAction.KeepPlans),
            _ => null,
        };
    }

    private static string Format(string key, CultureInfo culture, int number) => string.Format(culture, BotTexts.Template(key, culture), number);

    private static string Data(string code, int number) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{code}:{number}");
}
