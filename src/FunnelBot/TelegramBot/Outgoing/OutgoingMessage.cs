namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>What the sender does with a queued message.</summary>
public enum OutgoingKind
{
    Text,
    Photo,
    Document,
    EditText,
    RemoveKeyboard,

    /// <summary>The bot leaves the chat (a group or channel that is not the team's), after what was queued before.</summary>
    LeaveChat,

    /// <summary>The manager's fuller command menu in their private chat (<see cref="OutgoingMessage.MemberKey"/>), right after they bind.</summary>
    ManagerMenu,
}

/// <summary>One inline button: callback data (at most 64 bytes) or a link.</summary>
public sealed class OutgoingButton
{
    public string Text { get; set; } = string.Empty;

    public string? Data { get; set; }

    public string? Url { get; set; }
}

/// <summary>
/// A message waiting in the outbox. Handlers write it in the same LiteDB transaction as the state it reports, so an
/// answer is never lost by a crash; the sender delivers it in order per chat within Telegram's limits. The id grows with every message queued,
/// so it is the order within a chat.
/// </summary>
public sealed class OutgoingMessage
{
    public long Id { get; set; }

    public long ChatId { get; set; }

    public int? ThreadId { get; set; }

    public OutgoingKind Kind { get; set; } = OutgoingKind.Text;

    /// <summary>Telegram HTML (every user-typed part already escaped), or the caption of a photo or document.</summary>
    public string? Html { get; set; }

    public List<List<OutgoingButton>>? Keyboard { get; set; }

    /// <summary>The message to edit, for <see cref="OutgoingKind.EditText"/> and <see cref="OutgoingKind.RemoveKeyboard"/>.</summary>
    public int? EditMessageId { get; set; }

    /// <summary>
    /// The bytes of a photo or document as a handler hands them over; the outbox moves them to <see cref="OutboxFile"/>
    /// when it queues the message (the row keeps <see cref="FileId"/>) and loads them back only to send it.
    /// </summary>
    public byte[]? File { get; set; }

    /// <summary>The <see cref="OutboxFile"/> holding this message's bytes while it waits.</summary>
    public long? FileId { get; set; }

    public string? FileName { get; set; }

    /// <summary>The member this goes to privately, so that a "blocked" answer marks them unreachable.</summary>
    public string? MemberKey { get; set; }

    /// <summary>
    /// What the message shows, in words its producer chooses (<c>task:card:12:ru</c>): once Telegram accepts it,
    /// <see cref="SentTopicStore"/> keeps its id under each, so that it can be edited when what it shows changes.
    /// </summary>
    public List<string>? Topics { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Failed sending attempts so far: the backoff after a restart starts where it was.</summary>
    public int Attempts { get; set; }
}
