namespace FunnelBot.Storage;

/// <summary>A backup written and verified: its path and size, and the older backups deleted after it.</summary>
public sealed record BackupResult(string Path, long Bytes, IReadOnlyList<string> Removed);
