namespace FunnelBot.Sandbox.Api;

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string FileName, string? ContentType, byte[] Content);
