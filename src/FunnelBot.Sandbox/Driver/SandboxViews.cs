using FunnelBot.Sandbox.Markup;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>A transcript message as the HTTP driver API shows it (file bytes behind <see cref="AttachmentView.Url"/>).</summary>
internal sealed record MessageView(
    long ChatId,
    int MessageId,
    long? FromUserId,
    bool IsFromBot,
    long Date,
    string? Text,
    string? RawText,
    string? ParseMode,
    IReadOnlyList<MessageEntityInfo> Entities,
    IReadOnlyList<IReadOnlyList<InlineButton>>? ReplyMarkup,
    AttachmentView? Attachment,
    string? Caption,
    IReadOnlyList<MessageEntityInfo> CaptionEntities,
    int? MessageThreadId,
    int EditCount)
{
    public static MessageView From(ChatMessage m) => new(
        m.ChatId,
        m.MessageId,
        m.FromUserId,
        m.IsFromBot,
        m.Date.ToUnixTimeSeconds(),
        m.Text,
        m.RawText,
        m.ParseMode,
        m.Entities,
        m.ReplyMarkup?.Rows,
        m.Attachment is { } a ? new AttachmentView(a.Kind.ToString().ToLowerInvariant(), a.FileId, a.FileName, a.MimeType, a.Content.Length, $"/sandbox/api/files/{Uri.EscapeDataString(a.FileId)}") : null,
        m.Caption,
        m.CaptionEntities,
        m.MessageThreadId,
        m.EditCount);
}

internal sealed record AttachmentView(string Kind, string FileId, string? FileName, string? MimeType, int Size, string Url);

internal sealed record ChatView(long Id, string Type, string? Title, string? Username, string? FirstName)
{
    public static ChatView From(SandboxChat c) => new(c.Id, c.TypeName, c.Title, c.Username, c.FirstName);
}

internal sealed record NewUserRequest(string FirstName, string? Username, string? LanguageCode);

internal sealed record NewChatRequest(string Title, string Type, string? Username);

internal sealed record SendTextRequest(long? UserId, string Text, int? MessageThreadId);

internal sealed record SendDocumentRequest(long? UserId, string FileName, string? MimeType, string ContentBase64, string? Caption);

internal sealed record PressButtonRequest(long? UserId, int MessageId, string CallbackData, bool Force);

internal sealed record CurrentUserRequest(long UserId);
