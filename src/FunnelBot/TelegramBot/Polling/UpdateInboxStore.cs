using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>An update received from Telegram and kept until it has been handled (collection <c>update_inbox</c>).</summary>
public sealed class InboxUpdate
{
    /// <summary>Telegram's update_id.</summary>
    public long Id { get; set; }

    /// <summary>The chat whose lane handles it (0 when the update has no chat).</summary>
    public long ChatId { get; set; }

    /// <summary>The update as Telegram sent it (Bot API JSON).</summary>
    public string Json { get; set; } = string.Empty;

    public DateTime ReceivedAt { get; set; }

    public bool Done { get; set; }

    public DateTime? DoneAt { get; set; }
}

/// <summary>
/// The polling offset and the updates received but not yet handled. An update is written here before Telegram is told
/// (by the next offset) that it arrived, and it is marked done in the same transaction as what handling it changed:
/// a restart at any moment neither loses an update nor applies one twice.
/// </summary>
public sealed class UpdateInboxStore
{
    private const string OffsetKey = "poll_offset";
    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<InboxUpdate> _inbox;
    private readonly ILiteCollection<BsonDocument> _state;
    private readonly TimeProvider _time;

    public UpdateInboxStore(FunnelDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _inbox = database.Collection<InboxUpdate>("update_inbox");
        _inbox.EnsureIndex(u => u.Done);
        _state = database.Collection<BsonDocument>("bot_state");
    }

    /// <summary>The offset to poll from: one past the last update stored, or 0 (the server's oldest unconfirmed).</summary>
    public int NextOffset() => _state.FindById(OffsetKey)?["value"].AsInt32 ?? 0;

    /// <summary>Stores newly received updates and the next offset in one transaction; returns the ones not seen before.</summary>
    public IReadOnlyList<InboxUpdate> Receive(IReadOnlyList<InboxUpdate> updates, int nextOffset)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _database.InTransaction(() =>
        {
            var fresh = new List<InboxUpdate>(updates.Count);
            foreach (var update in updates)
            {
                if (_inbox.FindById(update.Id) is null)
                {
                    update.ReceivedAt = now;
                    _inbox.Insert(update);
                    fresh.Add(update);
                }
            }

            _state.Upsert(new BsonDocument { ["_id"] = OffsetKey, ["value"] = nextOffset });
            return fresh;
        });
    }

    /// <summary>
    /// Stores one update delivered to the webhook (the polling offset stays as it is); false when an update of that id
    /// was stored before: a repeated delivery changes nothing.
    /// </summary>
    public bool ReceiveDelivered(InboxUpdate update)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _database.InTransaction(() =>
        {
            if (_inbox.FindById(update.Id) is not null)
            {
                return false;
            }

            update.ReceivedAt = now;
            _inbox.Insert(update);
            return true;
        });
    }

    /// <summary>Updates received but not handled yet (e.g. before a restart), oldest first.</summary>
    public IReadOnlyList<InboxUpdate> Pending() => [.. _inbox.Find(u => !u.Done).OrderBy(u => u.Id)];

    public InboxUpdate? Find(long updateId) => _inbox.FindById(updateId);

    /// <summary>Marks an update handled; call inside the transaction of what handling it changed.</summary>
    public void MarkDone(long updateId)
    {
        if (_inbox.FindById(updateId) is { } update)
        {
            update.Done = true;
            update.DoneAt = _time.GetUtcNow().UtcDateTime;
            update.Json = string.Empty;
            _inbox.Update(update);
        }
    }

    /// <summary>
    /// Forgets updates handled longer than <paramref name="keep"/> ago (at least Telegram's 24 h of redelivery, checked in
    /// the configuration); an unhandled update is never forgotten. Returns how many were removed.
    /// </summary>
    public int PurgeHandled(TimeSpan keep)
    {
        var before = _time.GetUtcNow().UtcDateTime - keep;
        return _inbox.DeleteMany(u => u.Done && u.DoneAt < before);
    }
}
