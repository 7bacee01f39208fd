namespace FunnelBot.Sandbox.State;

/// <summary>A file known to the emulator, downloadable at /file/bot&lt;token&gt;/<see cref="FilePath"/>.</summary>
public sealed record StoredFile(string FileId, string FileUniqueId, string FilePath, string? FileName, string? MimeType, ReadOnlyMemory<byte> Content);
