using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Members;

/// <summary>A pressed button under a bind request: confirm or reject request number <see cref="RequestId"/>.</summary>
public sealed record BindRequestButton(string RequestId, bool Confirm);

/// <summary>Confirm / Reject under a bind request shown to a manager: data <c>bind:c:&lt;id&gt;</c> and
/// <c>bind:x:&lt;id&gt;</c> with the request's 16 hex digits (23 bytes). The data is untrusted: anything else is not a bind button.</summary>
public static class BindRequestButtons
{
    public const string Prefix = "bind";
    private const string ConfirmCode = "c";
    private const string RejectCode = "x";

    public static List<List<OutgoingButton>> For(string requestId, CultureInfo culture) =>
    [
        [
            new OutgoingButton { Text = BotTexts.Template("bind.button_confirm", culture), Data = Data(ConfirmCode, requestId) },
            new OutgoingButton { Text = BotTexts.Template("bind.button_reject", culture), Data = Data(RejectCode, requestId) },
        ],
    ];

    /// <summary>Reads the data after the prefix (<c>c:12</c>); null when it is not a well-formed bind button.</summary>
    public static BindRequestButton? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 2 || parts[1].Length != 16 || !parts[1].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var id = parts[1];

        return parts[0] switch
        {
            ConfirmCode => new BindRequestButton(id, true),
            RejectCode => new BindRequestButton(id, false),
            _ => null,
        };
    }

    private static string Data(string code, string requestId) => $"{Prefix}:{code}:{requestId}";
}
