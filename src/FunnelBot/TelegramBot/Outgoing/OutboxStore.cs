using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The queue of messages to send (collection <c>outbox</c>). Its times come from the
/// <see cref="SendClock"/>, the clock that paces delivery.
/// </summary>
public sealed class OutboxStore
{
    private readonly ILiteCollection<OutgoingMessage> _outbox;
    private readonly TimeProvider _time;

    public OutboxStore(FunnelDatabase database, SendClock clock)
    {
        _time = clock.Time;
        _outbox = database.Collection<OutgoingMessage>("outbox");
        _outbox.EnsureIndex(m => m.NotBefore);
    }

    /// <summary>Raised after messages were queued, so that the sender wakes up.</summary>
    public event EventHandler? Enqueued;

    /// <summary>Queues messages; call inside the transaction that changes the state they report.</summary>
    public void Enqueue(IEnumerable<OutgoingMessage> messages)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var batch = messages.ToList();
        foreach (var message in batch)
        {
            message.Id = 0;
            message.CreatedAt = now;
            message.NotBefore = now;
        }

        if (batch.Count > 0)
        {
            _outbox.InsertBulk(batch);
        }
    }

    /// <summary>Wakes the sender; call after the transaction that queued messages has committed.</summary>
    public void Signal() => Enqueued?.Invoke(this, EventArgs.Empty);

    /// <summary>Messages due now, oldest first.</summary>
    public IReadOnlyList<OutgoingMessage> Due(int limit)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return [.. _outbox.Find(Query.All(Query.Ascending), limit: int.MaxValue).Where(m => m.NotBefore <= now).Take(limit)];
    }

    /// <summary>The earliest time a queued message becomes due, or null when the outbox is empty.</summary>
    public DateTime? NextDue() => _outbox.Count() == 0 ? null : _outbox.Min(m => m.NotBefore);

    public int Count() => _outbox.Count();

    public void Complete(OutgoingMessage message) => _outbox.Delete(message.Id);

    public void Retry(OutgoingMessage message, TimeSpan after)
    {
        message.Attempts++;
        message.NotBefore = _time.GetUtcNow().UtcDateTime + after;
        _outbox.Update(message);
    }

    public void Drop(OutgoingMessage message) => _outbox.Delete(message.Id);

    /// <summary>Drops every queued message to a chat (e.g. the member blocked the bot).</summary>
    public int DropChat(long chatId) => _outbox.DeleteMany(m => m.ChatId == chatId);
}
