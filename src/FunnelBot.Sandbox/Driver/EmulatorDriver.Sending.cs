using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>Messages and button presses from users.</summary>
public sealed partial class EmulatorDriver
{
    private readonly Lock postGate = new();

    /// <summary>
    /// The user sends a text in <paramref name="chatId"/> (default: their private chat with the bot). A leading
    /// "/cmd" or "/cmd@botname" gets a bot_command entity.
    /// </summary>
    public Task<ChatMessage> SendTextAsync(long userId, string text, long? chatId = null, int? messageThreadId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Task.FromResult(Post(userId, chatId, messageThreadId, m => m with { Text = text, RawText = text, Entities = CommandEntities.For(text) }));
    }

    /// <summary>
    /// The user sends a text whose message also carries <paramref name="extraEntities"/>, e.g. of a type a bot library
    /// does not know yet (Telegram adds entity types over time).
    /// </summary>
    public Task<ChatMessage> SendTextWithEntitiesAsync(long userId, string text, IReadOnlyList<MessageEntityInfo> extraEntities, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Task.FromResult(Post(userId, chatId, null, m => m with { Text = text, RawText = text, Entities = [.. CommandEntities.For(text), .. extraEntities] }));
    }

    /// <summary>The user sends a file as a document (the bot can fetch it with getFile).</summary>
    public Task<ChatMessage> SendDocumentAsync(
        long userId, string fileName, string mimeType, ReadOnlyMemory<byte> content, long? chatId = null, string? caption = null)
    {
        var file = context.Files.Add("documents", fileName, mimeType, content);
        var attachment = Attachment(AttachmentKind.Document, file) with { FileName = fileName, MimeType = mimeType };
        return Task.FromResult(Post(userId, chatId, null, m => m with { Attachment = attachment, Caption = caption }));
    }

    /// <summary>The user sends a photo.</summary>
    public Task<ChatMessage> SendPhotoAsync(long userId, ReadOnlyMemory<byte> content, long? chatId = null, string? caption = null)
    {
        var file = context.Files.Add("photos", "photo.jpg", "image/jpeg", content);
        var attachment = Attachment(AttachmentKind.Photo, file) with { Width = 800, Height = 600 };
        return Task.FromResult(Post(userId, chatId, null, m => m with { Attachment = attachment, Caption = caption }));
    }

    /// <summary>The user sends a sticker (a non-text message).</summary>
    public Task<ChatMessage> SendStickerAsync(long userId, string emoji = "👍", long? chatId = null)
    {
        var file = context.Files.Add("stickers", "sticker.webp", "image/webp", new byte[] { 0x52, 0x49, 0x46, 0x46 });
        var attachment = Attachment(AttachmentKind.Sticker, file) with { Emoji = emoji };
        return Task.FromResult(Post(userId, chatId, null, m => m with { Attachment = attachment }));
    }

    /// <summary>The user sends a voice message (a non-text message).</summary>
    public Task<ChatMessage> SendVoiceAsync(long userId, ReadOnlyMemory<byte> content, int durationSeconds = 3, long? chatId = null)
    {
        var file = context.Files.Add("voice", "voice.ogg", "audio/ogg", content);
        var attachment = Attachment(AttachmentKind.Voice, file) with { Duration = durationSeconds, MimeType = "audio/ogg" };
        return Task.FromResult(Post(userId, chatId, null, m => m with { Attachment = attachment }));
    }

    /// <summary>
    /// The user presses an inline button; returns the callback query id. Only data on the message's current
    /// keyboard is accepted, unless <paramref name="force"/> (to simulate stale or forged buttons).
    /// </summary>
    public Task<string> PressButtonAsync(long userId, long chatId, int messageId, string callbackData, bool force = false)
    {
        var user = RequireUser(userId);
        RequireChat(chatId);
        var message = context.Chats.FindMessage(chatId, messageId)
            ?? throw new ArgumentException($"No message {messageId} in chat {chatId}.", nameof(messageId));
        if (!force && message.ReplyMarkup?.HasCallbackData(callbackData) != true)
        {
            throw new InvalidOperationException($"Message {messageId} has no button with callback_data \"{callbackData}\" now.");
        }

        var queryId = context.Callbacks.NewQuery();
        context.Updates.Enqueue("callback_query", id => new UpdateDto
        {
            UpdateId = id,
            CallbackQuery = new CallbackQueryDto
            {
                Id = queryId,
                From = BotApiMapper.User(user),
                Message = context.Mapper.Message(message),
                ChatInstance = ChatInstance(chatId),
                Data = callbackData,
            },
        });
        return Task.FromResult(queryId);
    }

    /// <summary>With privacy mode on, the bot sees in groups only commands that are not addressed to another bot.</summary>
    private bool BotSees(SandboxChat chat, ChatMessage message)
    {
        if (!context.Options.GroupPrivacyMode || chat.Kind is ChatKind.Private or ChatKind.Channel)
        {
            return true;
        }

        var command = message.Entities.FirstOrDefault(e => e.Type == "bot_command" && e.Offset == 0);
        if (command is null)
        {
            return false;
        }

        var addressee = message.Text!.AsSpan(0, command.Length);
        var at = addressee.IndexOf('@');
        return at < 0 || addressee[(at + 1)..].Equals(context.Options.BotUsername, StringComparison.OrdinalIgnoreCase);
    }

    private static string ChatInstance(long chatId) =>
        ((ulong)chatId * 2654435761UL).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MessageAttachment Attachment(AttachmentKind kind, StoredFile file) => new()
    {
        Kind = kind,
        FileId = file.FileId,
        FileUniqueId = file.FileUniqueId,
        Content = file.Content,
    };

    private ChatMessage Post(long userId, long? chatId, int? threadId, Func<ChatMessage, ChatMessage> fill)
    {
        RequireUser(userId);
        var chat = RequireChat(chatId ?? userId);

        // One user action at a time, so that update ids follow message ids.
        lock (postGate)
        {
            var message = context.Chats.Append(chat.Id, id => fill(new ChatMessage
            {
                ChatId = chat.Id,
                MessageId = id,
                FromUserId = userId,
                Date = context.Now,
                MessageThreadId = threadId,
            }));
            if (chat.Kind == ChatKind.Private)
            {
                context.Reachability.SetStarted(userId, started: true);
            }

            if (!BotSees(chat, message))
            {
                return message;
            }

            var dto = context.Mapper.Message(message);
            var isChannel = chat.Kind == ChatKind.Channel;
            context.Updates.Enqueue(isChannel ? "channel_post" : "message", id => isChannel
                ? new UpdateDto { UpdateId = id, ChannelPost = dto }
                : new UpdateDto { UpdateId = id, Message = dto });
            return message;
        }
    }
}
