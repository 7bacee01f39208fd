using FunnelBot.Sandbox.Markup;

namespace FunnelBot.Sandbox.State;

/// <summary>One message of a chat transcript, as it stands now (edits replace it with a new snapshot).</summary>
public sealed record ChatMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    /// <summary>The user who sent it; null when the bot sent it.</summary>
    public long? FromUserId { get; init; }

    public bool IsFromBot => FromUserId is null;

    public required DateTimeOffset Date { get; init; }

    /// <summary>Plain text after entity parsing (null for media without text).</summary>
    public string? Text { get; init; }

    /// <summary>Text exactly as the bot sent it (e.g. with HTML tags).</summary>
    public string? RawText { get; init; }

    public string? ParseMode { get; init; }

    public IReadOnlyList<MessageEntityInfo> Entities { get; init; } = [];

    public InlineKeyboard? ReplyMarkup { get; init; }

    public MessageAttachment? Attachment { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<MessageEntityInfo> CaptionEntities { get; init; } = [];

    public int? MessageThreadId { get; init; }

    public int EditCount { get; init; }

    /// <summary>Earlier versions of the text or caption, oldest first.</summary>
    public IReadOnlyList<string> PreviousTexts { get; init; } = [];

    public DateTimeOffset? EditDate { get; init; }
}
