using System.Globalization;
using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// The check-in's button data: <c>ci:&lt;conversation&gt;:&lt;choice&gt;[:&lt;index&gt;]</c>, well under Telegram's 64 bytes.
/// The conversation id makes a button of an earlier conversation recognisably stale.
/// </summary>
public static class CheckInButtons
{
    public const string Prefix = "ci";

    private static readonly Dictionary<CheckInChoice, string> Codes = new()
    {
        [CheckInChoice.SameAsLastWeek] = "s",
        [CheckInChoice.Zero] = "z",
        [CheckInChoice.Skip] = "k",
        [CheckInChoice.Back] = "b",
        [CheckInChoice.ConfirmYes] = "y",
        [CheckInChoice.ConfirmNo] = "n",
        [CheckInChoice.Correct] = "c",
        [CheckInChoice.Finish] = "f",
        [CheckInChoice.Cancel] = "x",
    };

    public static OutgoingButton Button(string text, string conversationId, CheckInChoice choice, int argument = 0) => new()
    {
        Text = text,
        Data = string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{conversationId}:{Codes[choice]}:{argument}"),
    };

    /// <summary>Reads the data after the prefix; null when it is not a well-formed check-in button.</summary>
    public static (string ConversationId, CheckInChoice Choice, int Argument)? Parse(string data)
    {
        var parts = data.Split(':');
        if (parts.Length != 3 || parts[0].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var argument))
        {
            return null;
        }

        foreach (var (choice, code) in Codes)
        {
            if (code == parts[1])
            {
                return (parts[0], choice, argument);
            }
        }

        return null;
    }
}
