namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The callback buttons a message of the bot carries now (collection <c>sent_keyboards</c>, id = <c>chat:message</c>),
/// recorded when Telegram accepted the message or its edit. A button press is believed only when its data is here.
/// </summary>
public sealed class SentKeyboard
{
    public string Id { get; set; } = string.Empty;

    public List<string> Data { get; set; } = [];

    public DateTime RecordedAt { get; set; }

    public static string IdOf(long chatId, int messageId) => FormattableString.Invariant($"{chatId}:{messageId}");
}
