namespace FunnelBot.Configuration;

/// <summary>The <c>Storage:Backup</c> section: where backups of the database go and how many are kept.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>The folder of the backups; empty: <c>backups</c> beside the database file.</summary>
    public string Folder { get; set; } = "";

    /// <summary>How many backups of this database are kept; older ones are deleted after a new one is verified.</summary>
    public int Keep { get; set; } = 14;
}
