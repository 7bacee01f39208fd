using System.Globalization;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>
/// A/B test buttons: <c>ab:&lt;number&gt;</c> opens a card, <c>ab:s:&lt;number&gt;</c> skips the check-in's question about
/// a test; far under Telegram's 64 bytes. The data is untrusted.
/// </summary>
public static class AbTestButtons
{
    public const string Prefix = "ab";
    private const int MaxShownName = 40;

    public static OutgoingButton Card(int number, string name) => new()
    {
        Text = $"#{number.ToString(CultureInfo.InvariantCulture)} {(name.Length > MaxShownName ? name[..MaxShownName] + "…" : name)}",
        Data = $"{Prefix}:{number.ToString(CultureInfo.InvariantCulture)}",
    };

    public static string SkipData(int number) => $"{Prefix}:s:{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The test's number of a skip button's data after the prefix (<c>s:3</c>); null when it is not one.</summary>
    public static int? ParseSkip(string data) => data.StartsWith("s:", StringComparison.Ordinal) ? Parse(data[2..]) : null;

    /// <summary>The test's number from the data after the prefix; null when it is not one.</summary>
    public static int? Parse(string data) =>
        int.TryParse(data, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
