namespace FunnelBot.Configuration;

/// <summary>The <c>Storage</c> section: where the LiteDB file lives and its optional password.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string DefaultPath = "data/funnelbot.db";

    public string Path { get; set; } = DefaultPath;

    public string Password { get; set; } = "";
}
