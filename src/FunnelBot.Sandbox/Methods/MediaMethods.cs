using System.Buffers.Binary;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.Markup;
using FunnelBot.Sandbox.State;
using Microsoft.AspNetCore.StaticFiles;

namespace FunnelBot.Sandbox.Methods;

/// <summary>sendPhoto and sendDocument: multipart uploads, or a known file_id, or a URL.</summary>
internal sealed class MediaMethods(EmulatorContext context)
{
    private readonly FileExtensionContentTypeProvider contentTypes = new();

    public void Register(MethodRegistry registry)
    {
        registry.Add("sendPhoto", request => Send(request, AttachmentKind.Photo, "photo"));
        registry.Add("sendDocument", request => Send(request, AttachmentKind.Document, "document"));
    }

    private MessageDto Send(ApiRequest request, AttachmentKind kind, string parameter)
    {
        var chat = MethodSupport.ResolveChat(context, request);
        MethodSupport.EnsureReachable(context, chat);
        var attachment = ReadAttachment(request, kind, parameter);
        var caption = MethodSupport.Caption(request);
        var keyboard = InlineKeyboardParser.Parse(request.GetString("reply_markup"));
        context.Flood.Check(chat, context.Faults.FloodLimits);
        var message = context.Chats.Append(chat.Id, id => new ChatMessage
        {
            ChatId = chat.Id,
            MessageId = id,
            Date = context.Now,
            Attachment = attachment,
            Caption = caption?.Text,
            CaptionEntities = caption?.Entities ?? [],
            RawText = request.GetString("caption"),
            ParseMode = request.GetString("parse_mode"),
            ReplyMarkup = keyboard,
            MessageThreadId = request.GetInt("message_thread_id"),
        });
        return context.Mapper.Message(message);
    }

    private MessageAttachment ReadAttachment(ApiRequest request, AttachmentKind kind, string parameter)
    {
        var folder = kind == AttachmentKind.Photo ? "photos" : "documents";
        if (request.GetFile(parameter) is { } upload)
        {
            var stored = context.Files.Add(folder, upload.FileName, MimeTypeOf(upload), upload.Content);
            var (width, height) = kind == AttachmentKind.Photo ? PngSize(upload.Content) : (0, 0);
            return new MessageAttachment
            {
                Kind = kind,
                FileId = stored.FileId,
                FileUniqueId = stored.FileUniqueId,
                FileName = kind == AttachmentKind.Photo ? null : upload.FileName,
                MimeType = kind == AttachmentKind.Photo ? null : MimeTypeOf(upload),
                Content = upload.Content,
                Width = width,
                Height = height,
            };
        }

        var reference = request.GetString(parameter);
        if (string.IsNullOrEmpty(reference))
        {
            throw BotApiError.BadRequest($"there is no {parameter} in the request");
        }

        if (context.Files.FindById(reference) is { } known)
        {
            return new MessageAttachment
            {
                Kind = kind,
                FileId = known.FileId,
                FileUniqueId = known.FileUniqueId,
                FileName = known.FileName,
                MimeType = known.MimeType,
                Content = known.Content,
            };
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var stored = context.Files.Add(folder, Path.GetFileName(uri.AbsolutePath), null, ReadOnlyMemory<byte>.Empty);
            return new MessageAttachment { Kind = kind, FileId = stored.FileId, FileUniqueId = stored.FileUniqueId, SourceReference = reference };
        }

        throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified");
    }

    /// <summary>Like Telegram, guesses the type from the file name when the client sent none or a generic one.</summary>
    private string? MimeTypeOf(UploadedFile upload)
    {
        if (upload.ContentType is { Length: > 0 } given && given != "application/octet-stream")
        {
            return given;
        }

        return contentTypes.TryGetContentType(upload.FileName, out var guessed) ? guessed : upload.ContentType;
    }

    /// <summary>Width and height from a PNG header; (0, 0) for anything else.</summary>
    private static (int Width, int Height) PngSize(byte[] content)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (content.Length < 24 || !content.AsSpan(0, 8).SequenceEqual(signature))
        {
            return (0, 0);
        }

        return (BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(20, 4)));
    }
}
