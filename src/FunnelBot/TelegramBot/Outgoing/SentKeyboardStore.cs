using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>What each message with buttons carries now, so that a forged or stale button press can be told apart.</summary>
public sealed class SentKeyboardStore
{
    private readonly ILiteCollection<SentKeyboard> _keyboards;
    private readonly TimeProvider _time;

    public SentKeyboardStore(FunnelDatabase database, SendClock clock)
    {
        _time = clock.Time;
        _keyboards = database.Collection<SentKeyboard>("sent_keyboards");
    }

    /// <summary>
    /// Records the buttons of a message: a new one with callback buttons once Telegram accepted it (its id is known
    /// only then), an edit when it is queued (an edit replaces the buttons; without a keyboard it removes them), so
    /// that a press of a button the edit shows is believed at once and a press of one it removed is not.
    /// </summary>
    public void Record(OutgoingMessage message, int messageId)
    {
        var data = message.Kind == OutgoingKind.RemoveKeyboard
            ? []
            : message.Keyboard?.SelectMany(row => row).Select(button => button.Data).OfType<string>().ToList() ?? [];
        var isEdit = message.Kind is OutgoingKind.EditText or OutgoingKind.RemoveKeyboard;
        if (data.Count == 0 && !isEdit)
        {
            return;
        }

        _keyboards.Upsert(new SentKeyboard
        {
            Id = SentKeyboard.IdOf(message.ChatId, messageId),
            Data = data,
            RecordedAt = _time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>Records the edits among messages being queued; call in the transaction that queues them.</summary>
    public void RecordEdits(IEnumerable<OutgoingMessage> queued)
    {
        foreach (var message in queued)
        {
            if (message.Kind is OutgoingKind.EditText or OutgoingKind.RemoveKeyboard && message.EditMessageId is { } edited)
            {
                Record(message, edited);
            }
        }
    }

    /// <summary>
    /// The buttons recorded for a message, or null when none are (a new message whose delivery is still being
    /// recorded, or one sent by an earlier release).
    /// </summary>
    public IReadOnlyList<string>? Of(long chatId, int messageId) => _keyboards.FindById(SentKeyboard.IdOf(chatId, messageId))?.Data;
}
