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
    /// Records the buttons of a new message once Telegram accepted it (its id is known only then). An edit of it may
    /// have been queued, and recorded, in the meantime: that record is newer and stays.
    /// </summary>
    public void RecordSent(OutgoingMessage message, int messageId)
    {
        var data = DataOf(message);
        if (data.Count == 0)
        {
            return;
        }

        try
        {
            // Not inside a transaction: the insert either adds the record or finds the edit's (LiteDB locks the collection).
            _keyboards.Insert(new SentKeyboard { Id = SentKeyboard.IdOf(message.ChatId, messageId), Data = data, RecordedAt = Now });
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // An edit queued while the message was on its way already says what the message carries.
        }
    }

    /// <summary>
    /// Records the edits among messages being queued, in the transaction that queues them, so that a press of a
    /// button the edit shows is believed at once and a press of one it removed is not.
    /// </summary>
    public void RecordEdits(IEnumerable<OutgoingMessage> queued)
    {
        foreach (var message in queued)
        {
            if (message.Kind is OutgoingKind.EditText or OutgoingKind.RemoveKeyboard && message.EditMessageId is { } edited)
            {
                // An edit replaces the buttons; without a keyboard it removes them.
                _keyboards.Upsert(new SentKeyboard { Id = SentKeyboard.IdOf(message.ChatId, edited), Data = DataOf(message), RecordedAt = Now });
            }
        }
    }

    /// <summary>
    /// The buttons recorded for a message, or null when none are (a new message whose delivery is still being
    /// recorded, or one sent by an earlier release).
    /// </summary>
    public IReadOnlyList<string>? Of(long chatId, int messageId) => _keyboards.FindById(SentKeyboard.IdOf(chatId, messageId))?.Data;

    /// <summary>
    /// Forgets records of messages last sent or edited longer than <paramref name="keep"/> ago (past Telegram's 48 h edit
    /// window their buttons no longer change; a press is then checked against the keyboard Telegram reports). Returns how many.
    /// </summary>
    public int PurgeOlderThan(TimeSpan keep)
    {
        var before = Now - keep;
        return _keyboards.DeleteMany(keyboard => keyboard.RecordedAt < before);
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private static List<string> DataOf(OutgoingMessage message) =>
        message.Kind == OutgoingKind.RemoveKeyboard
            ? []
            : message.Keyboard?.SelectMany(row => row).Select(button => button.Data).OfType<string>().ToList() ?? [];
}
