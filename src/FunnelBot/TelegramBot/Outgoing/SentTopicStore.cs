using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>Which delivered messages show what (<see cref="OutgoingMessage.Topics"/>), so that they can be kept true.</summary>
public sealed class SentTopicStore
{
    public const string CollectionName = "sent_topics";

    private readonly ILiteCollection<SentTopic> _topics;
    private readonly TimeProvider _time;

    public SentTopicStore(FunnelDatabase database, SendClock clock)
    {
        _time = clock.Time;
        _topics = database.Collection<SentTopic>(CollectionName);
        _topics.EnsureIndex(topic => topic.Topic);
    }

    /// <summary>Files a message Telegram accepted under each of its topics; a repeated record changes nothing.</summary>
    public void RecordSent(OutgoingMessage message, int messageId)
    {
        if (message.Topics is not { Count: > 0 } topics)
        {
            return;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var topic in topics.Distinct(StringComparer.Ordinal))
        {
            _topics.Upsert(new SentTopic
            {
                Id = FormattableString.Invariant($"{topic}|{message.ChatId}:{messageId}"),
                Topic = topic,
                ChatId = message.ChatId,
                MessageId = messageId,
                Topics = topics,
                SentAt = now,
            });
        }
    }

    /// <summary>The delivered messages filed under <paramref name="topic"/>, oldest first.</summary>
    public IReadOnlyList<SentTopic> Showing(string topic) =>
        [.. _topics.Find(Query.EQ(nameof(SentTopic.Topic), topic)).OrderBy(sent => sent.SentAt).ThenBy(sent => sent.MessageId)];

    /// <summary>Forgets messages sent longer than <paramref name="keep"/> ago; returns how many records went.</summary>
    public int PurgeOlderThan(TimeSpan keep)
    {
        var before = _time.GetUtcNow().UtcDateTime - keep;
        return _topics.DeleteMany(sent => sent.SentAt < before);
    }
}
