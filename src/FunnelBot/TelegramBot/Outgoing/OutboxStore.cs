using System.Diagnostics.Metrics;
using FunnelBot.Lifetime;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The queue of messages to send (collection <c>outbox</c>), read per chat by index and oldest first, with the bytes of
/// photos and documents kept apart (<see cref="OutboxFile"/>) so that a backlog of charts costs no memory until sent.
/// </summary>
public sealed class OutboxStore
{
    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<OutgoingMessage> _outbox;
    private readonly ILiteCollection<OutboxFile> _files;
    private readonly TimeProvider _time;

    public const string DepthInstrument = "funnelbot.outbox.depth";
    public const string AgeInstrument = "funnelbot.outbox.oldest_age";

    public OutboxStore(FunnelDatabase database, SendClock clock, IMeterFactory meters)
    {
        _database = database;
        _time = clock.Time;
        _outbox = database.Collection<OutgoingMessage>("outbox");
        _files = database.Collection<OutboxFile>("outbox_files");
        _outbox.EnsureIndex(m => m.ChatId);
        var meter = meters.Create(BotMeter.Name);
        meter.CreateObservableGauge(DepthInstrument, () => (long)Count(), "{message}", "Messages waiting in the outbox.");
        meter.CreateObservableGauge(AgeInstrument, () => OldestAge()?.TotalSeconds ?? 0, "s", "Age of the oldest message waiting in the outbox (0 when none waits).");
    }

    /// <summary>How long the oldest message waiting has waited, or null when none waits.</summary>
    public TimeSpan? OldestAge()
    {
        var oldest = _outbox.Query().OrderBy(m => m.Id).Limit(1).FirstOrDefault();
        return oldest is null ? null : _time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(oldest.CreatedAt, DateTimeKind.Utc);
    }

    /// <summary>Raised after messages were queued, with the chats they go to, so that the sender wakes up.</summary>
    public event EventHandler<IReadOnlyCollection<long>>? Enqueued;

    /// <summary>Queues messages; call inside the transaction that changes the state they report.</summary>
    public void Enqueue(IEnumerable<OutgoingMessage> messages)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var message in messages)
        {
            message.Id = 0;
            message.CreatedAt = now;
            if (message.File is { } bytes)
            {
                var file = new OutboxFile { Content = bytes };
                _files.Insert(file);
                message.FileId = file.Id;
                message.File = null;
            }

            _outbox.Insert(message);
        }
    }

    /// <summary>Wakes the sender for <paramref name="chats"/>; call after the transaction that queued their messages has committed.</summary>
    public void Signal(IEnumerable<long> chats)
    {
        var distinct = chats.Distinct().ToList();
        if (distinct.Count > 0)
        {
            Enqueued?.Invoke(this, distinct);
        }
    }

    /// <summary>The chats that have messages waiting (read once when the sender starts).</summary>
    public IReadOnlyList<long> ChatsWaiting() => [.. _outbox.Query().Select(m => m.ChatId).ToEnumerable().Distinct()];

    /// <summary>The oldest message waiting for the chat, or null when none is.</summary>
    /// <remarks>
    /// Read through the chat's index and ordered here: a chat has a few messages waiting, and LiteDB's own ordering of
    /// an index's results allocates a sort buffer of 800 KB per query, which the sender asked for before every message
    /// (a collection of the large object heap, and so of every generation, every few replies).
    /// </remarks>
    public OutgoingMessage? Head(long chatId) => _outbox.Find(m => m.ChatId == chatId).MinBy(m => m.Id);

    /// <summary>
    /// Whether a message to the chat filed under <paramref name="topic"/> still waits to be sent (or is on its way): what
    /// it shows has no message id yet, so nothing can edit it.
    /// </summary>
    public bool HasWaiting(long chatId, string topic) =>
        _outbox.Query().Where(m => m.ChatId == chatId).ToEnumerable().Any(m => m.Topics?.Contains(topic, StringComparer.Ordinal) == true);

    /// <summary>How many messages wait for the chat (by index).</summary>
    public int CountFor(long chatId) => _outbox.Count(m => m.ChatId == chatId);

    public int Count() => _outbox.Count();

    /// <summary>The message with its file's bytes, ready to send.</summary>
    public OutgoingMessage WithFile(OutgoingMessage message)
    {
        if (message.FileId is { } fileId)
        {
            message.File = _files.FindById(fileId)?.Content ?? [];
        }

        return message;
    }

    /// <summary>Removes a sent (or refused) message and its file.</summary>
    public void Complete(OutgoingMessage message) => _database.InTransaction(() =>
    {
        Remove(message);
        return true;
    });

    /// <summary>Records a failed attempt; the sender decides when to try again.</summary>
    public void Retry(OutgoingMessage message)
    {
        message.Attempts++;
        var file = message.File;
        message.File = null;
        _outbox.Update(message);
        message.File = file;
    }

    /// <summary>Drops every queued message to a chat (e.g. the member blocked the bot) and their files.</summary>
    public int DropChat(long chatId) => _database.InTransaction(() =>
    {
        var messages = _outbox.Find(m => m.ChatId == chatId).ToList();
        foreach (var message in messages)
        {
            Remove(message);
        }

        return messages.Count;
    });

    private void Remove(OutgoingMessage message)
    {
        _outbox.Delete(message.Id);
        if (message.FileId is { } fileId)
        {
            _files.Delete(fileId);
        }
    }
}
