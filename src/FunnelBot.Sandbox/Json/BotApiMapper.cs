using FunnelBot.Sandbox.Markup;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Json;

/// <summary>Turns the emulator's state into Bot API objects.</summary>
internal sealed class BotApiMapper(EmulatorContext context)
{
    public UserDto Bot => new()
    {
        Id = context.Options.BotId,
        IsBot = true,
        FirstName = context.Options.BotFirstName,
        Username = context.Options.BotUsername,
    };

    public static UserDto User(SandboxUser user) => new()
    {
        Id = user.Id,
        IsBot = false,
        FirstName = user.FirstName,
        Username = user.Username,
        LanguageCode = user.LanguageCode,
    };

    public static ChatDto Chat(SandboxChat chat) => new()
    {
        Id = chat.Id,
        Type = chat.TypeName,
        Title = chat.Title,
        Username = chat.Username,
        FirstName = chat.FirstName,
    };

    public MessageDto Message(ChatMessage message)
    {
        var chat = context.Chats.FindChat(message.ChatId) ?? throw new InvalidOperationException("Unknown chat.");
        var from = message.FromUserId is { } userId && context.Chats.FindUser(userId) is { } user ? User(user) : null;
        return new MessageDto
        {
            MessageId = message.MessageId,
            MessageThreadId = message.MessageThreadId,
            From = chat.Kind == ChatKind.Channel ? null : message.IsFromBot ? Bot : from,
            Date = BotJson.ToUnix(message.Date),
            Chat = Chat(chat),
            EditDate = message.EditDate is { } edited ? BotJson.ToUnix(edited) : null,
            Text = message.Text,
            Entities = Entities(message.Entities),
            Caption = message.Caption,
            CaptionEntities = Entities(message.CaptionEntities),
            ReplyMarkup = Keyboard(message.ReplyMarkup),
            Photo = message.Attachment is { Kind: AttachmentKind.Photo } photo ? [new PhotoSizeDto(photo.FileId, photo.FileUniqueId, photo.Width, photo.Height, Size(photo))] : null,
            Document = message.Attachment is { Kind: AttachmentKind.Document } doc ? new DocumentDto(doc.FileId, doc.FileUniqueId, doc.FileName, doc.MimeType, Size(doc)) : null,
            Sticker = message.Attachment is { Kind: AttachmentKind.Sticker } st ? new StickerDto(st.FileId, st.FileUniqueId, "regular", 512, 512, false, false, st.Emoji, Size(st)) : null,
            Voice = message.Attachment is { Kind: AttachmentKind.Voice } voice ? new VoiceDto(voice.FileId, voice.FileUniqueId, voice.Duration, voice.MimeType, Size(voice)) : null,
        };
    }

    public static InlineKeyboardMarkupDto? Keyboard(InlineKeyboard? keyboard) => keyboard is null
        ? null
        : new InlineKeyboardMarkupDto(keyboard.Rows
            .Select(row => (IReadOnlyList<InlineKeyboardButtonDto>)row.Select(b => new InlineKeyboardButtonDto(b.Text, b.CallbackData, b.Url)).ToList())
            .ToList());

    private static List<MessageEntityDto>? Entities(IReadOnlyList<MessageEntityInfo> entities) => entities.Count == 0
        ? null
        : entities.Select(e => new MessageEntityDto(e.Type, e.Offset, e.Length, e.Url, e.Language, e.CustomEmojiId)).ToList();

    private static long? Size(MessageAttachment attachment) => attachment.Content.Length > 0 ? attachment.Content.Length : null;
}
