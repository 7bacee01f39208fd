namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// A delivered message filed under one of its <see cref="OutgoingMessage.Topics"/> (collection <c>sent_topics</c>,
/// id = <c>topic|chat:message</c>), with every topic it was sent with.
/// </summary>
public sealed class SentTopic
{
    public string Id { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    public long ChatId { get; set; }

    public int MessageId { get; set; }

    public List<string> Topics { get; set; } = [];

    public DateTime SentAt { get; set; }
}
