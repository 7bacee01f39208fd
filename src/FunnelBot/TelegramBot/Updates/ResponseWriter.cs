using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Applies a response: its writes, its queued messages and any extra bookkeeping in one LiteDB transaction, then
/// wakes the outbox. Used for updates and for anything the bot says on its own (prompts, digests).
/// </summary>
public sealed class ResponseWriter
{
    private readonly FunnelDatabase _database;
    private readonly OutboxStore _outbox;

    public ResponseWriter(FunnelDatabase database, OutboxStore outbox)
    {
        _database = database;
        _outbox = outbox;
    }

    public void Apply(BotResponse response, Action? alsoInTransaction = null)
    {
        _database.InTransaction(() =>
        {
            foreach (var write in response.Writes)
            {
                write();
            }

            _outbox.Enqueue(response.Messages);
            alsoInTransaction?.Invoke();
            return true;
        });
        _database.Changes.Bump();
        _outbox.Signal();
    }
}
