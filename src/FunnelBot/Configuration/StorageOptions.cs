namespace FunnelBot.Configuration;

/// <summary>The <c>Storage</c> section: where the LiteDB file lives, its optional password and its backups.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string DefaultPath = "data/funnelbot.db";

    public string Path { get; set; } = DefaultPath;

    public string Password { get; set; } = "";

    public BackupOptions Backup { get; set; } = new();
}
