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
    private readonly SentKeyboardStore _keyboards;

    public ResponseWriter(FunnelDatabase database, OutboxStore outbox, SentKeyboardStore keyboards)
    {
        _database = database;
        _outbox = outbox;
        _keyboards = keyboards;
    }

    /// <summary>
    /// Writes and queues <paramref name="response"/> with <paramref name="alsoInTransaction"/>; returns false, having done
    /// nothing, when its <see cref="BotResponse.StillTrue"/> no longer holds.
    /// </summary>
    public bool Apply(BotResponse response, Action? alsoInTransaction = null)
    {
        var applied = _database.InTransaction(() =>
        {
            if (response.StillTrue is { } stillTrue && !stillTrue())
            {
                return false;
            }

            foreach (var write in response.Writes)
            {
                write();
            }

            _outbox.Enqueue(response.Messages);
            _keyboards.RecordEdits(response.Messages);
            alsoInTransaction?.Invoke();
            return true;
        });
        if (!applied)
        {
            return false;
        }

        if (response.Writes.Count > 0)
        {
            // Stores bump the version as they write; bumping again after the commit keeps a cache filled during
            // the transaction (with the data before it) from being taken for the data after it.
            _database.Changes.Bump();
        }
        _outbox.Signal(response.Messages.Select(m => m.ChatId));
        return true;
    }
}
