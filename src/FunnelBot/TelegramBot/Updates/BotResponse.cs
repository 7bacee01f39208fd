using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// What handling one update decided: the writes to make and the messages to queue (applied together in one LiteDB
/// transaction with the update marked done), and the answer to a pressed button (sent at once).
/// </summary>
public sealed class BotResponse
{
    private readonly List<Action> _writes = [];
    private readonly List<OutgoingMessage> _messages = [];

    public IReadOnlyList<Action> Writes => _writes;

    public IReadOnlyList<OutgoingMessage> Messages => _messages;

    /// <summary>
    /// Checked inside the transaction before anything is written: when it no longer holds (what the response was built
    /// from changed since it was read), nothing of the response is written or queued.
    /// </summary>
    public Func<bool>? StillTrue { get; private set; }

    /// <summary>The toast shown for a pressed button; null answers it silently.</summary>
    public string? CallbackText { get; private set; }

    public bool CallbackAlert { get; private set; }

    /// <summary>Sets <see cref="StillTrue"/>: synchronous, reading only LiteDB.</summary>
    public BotResponse OnlyIf(Func<bool> stillTrue)
    {
        StillTrue = stillTrue;
        return this;
    }

    /// <summary>Runs inside the update's transaction: must be synchronous and touch only LiteDB.</summary>
    public BotResponse Write(Action write)
    {
        _writes.Add(write);
        return this;
    }

    public BotResponse Send(OutgoingMessage message)
    {
        _messages.Add(message);
        return this;
    }

    /// <summary>
    /// Queues a message (split where Telegram's length needs it; the buttons go under the last part). The
    /// <paramref name="topics"/> say what it shows (<see cref="OutgoingMessage.Topics"/>); a message that had to be split
    /// carries none, since no part of it shows the whole.
    /// </summary>
    public BotResponse SendHtml(
        long chatId, string html, List<List<OutgoingButton>>? keyboard = null, string? memberKey = null, int? threadId = null,
        IReadOnlyList<string>? topics = null)
    {
        var parts = MessageSplitter.Split(html);
        foreach (var part in parts)
        {
            _messages.Add(new OutgoingMessage { ChatId = chatId, Html = part, MemberKey = memberKey, ThreadId = threadId });
        }

        var last = _messages[^1];
        last.Keyboard = keyboard;
        last.Topics = topics is null || parts.Count > 1 ? null : [.. topics];
        return this;
    }

    /// <summary>Replaces the text and buttons of a message the bot sent earlier.</summary>
    public BotResponse EditHtml(long chatId, int messageId, string html, List<List<OutgoingButton>>? keyboard = null) =>
        Send(new OutgoingMessage { ChatId = chatId, Kind = OutgoingKind.EditText, EditMessageId = messageId, Html = html, Keyboard = keyboard });

    public BotResponse RemoveKeyboard(long chatId, int messageId) =>
        Send(new OutgoingMessage { ChatId = chatId, Kind = OutgoingKind.RemoveKeyboard, EditMessageId = messageId });

    public BotResponse AnswerCallback(string? text, bool alert = false)
    {
        CallbackText = text;
        CallbackAlert = alert;
        return this;
    }
}
