namespace FunnelBot.Sandbox.State;

public enum AttachmentKind
{
    Photo,
    Document,
    Sticker,
    Voice,
}

/// <summary>A file carried by a message (sent by the bot or by a user).</summary>
public sealed record MessageAttachment
{
    public required AttachmentKind Kind { get; init; }

    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Set when the bot sent a file by URL or by an id the emulator does not know.</summary>
    public string? SourceReference { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public string? Emoji { get; init; }

    public int Duration { get; init; }
}
