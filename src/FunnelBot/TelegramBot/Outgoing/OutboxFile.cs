namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The bytes of a queued photo or document (a chart, an export), kept apart from the queued row (collection
/// <c>outbox_files</c>) so that looking at the queue never reads them; deleted with the message.
/// </summary>
public sealed class OutboxFile
{
    public long Id { get; set; }

    public byte[] Content { get; set; } = [];
}
