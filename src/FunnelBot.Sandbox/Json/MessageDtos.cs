namespace FunnelBot.Sandbox.Json;

internal sealed record MessageDto
{
    public required int MessageId { get; init; }

    public int? MessageThreadId { get; init; }

    public UserDto? From { get; init; }

    public required long Date { get; init; }

    public required ChatDto Chat { get; init; }

    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntityDto>? Entities { get; init; }

    public IReadOnlyList<PhotoSizeDto>? Photo { get; init; }

    public DocumentDto? Document { get; init; }

    public StickerDto? Sticker { get; init; }

    public VoiceDto? Voice { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<MessageEntityDto>? CaptionEntities { get; init; }

    public InlineKeyboardMarkupDto? ReplyMarkup { get; init; }
}

internal sealed record MessageEntityDto(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null);

internal sealed record PhotoSizeDto(string FileId, string FileUniqueId, int Width, int Height, long? FileSize);

internal sealed record DocumentDto(string FileId, string FileUniqueId, string? FileName, string? MimeType, long? FileSize);

internal sealed record StickerDto(string FileId, string FileUniqueId, string Type, int Width, int Height, bool IsAnimated, bool IsVideo, string? Emoji, long? FileSize);

internal sealed record VoiceDto(string FileId, string FileUniqueId, int Duration, string? MimeType, long? FileSize);

internal sealed record InlineKeyboardMarkupDto(IReadOnlyList<IReadOnlyList<InlineKeyboardButtonDto>> InlineKeyboard);

internal sealed record InlineKeyboardButtonDto(string Text, string? CallbackData = null, string? Url = null);

internal sealed record FileDto(string FileId, string FileUniqueId, long? FileSize, string? FilePath);

internal sealed record BotCommandDto(string Command, string Description);
