using System.Globalization;
using System.Text.RegularExpressions;
using FunnelBot.Configuration;

namespace FunnelBot.Storage;

/// <summary>
/// Where the backups of one database are kept and what they are called: <c>&lt;name&gt;-backup-&lt;UTC time&gt;.db</c>
/// (e.g. <c>funnelbot-backup-20261202T033000Z.db</c>), so that names sort by time and only this database's backups are
/// ever counted or deleted. The folder is <c>Storage:Backup:Folder</c>, or <c>backups</c> beside the database.
/// </summary>
public sealed partial class BackupFolder
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    public BackupFolder(string databasePath, string? configuredFolder)
    {
        DatabasePath = System.IO.Path.GetFullPath(databasePath);
        Path = string.IsNullOrWhiteSpace(configuredFolder)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(DatabasePath)!, "backups")
            : System.IO.Path.GetFullPath(configuredFolder);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    public string DatabasePath { get; }

    public static string Setting => $"{StorageOptions.Section}.{BackupOptions.Section}.{nameof(BackupOptions.Folder)}";

    public static BackupFolder Of(StorageOptions storage) => new(storage.Path, storage.Backup.Folder);

    private string Prefix => System.IO.Path.GetFileNameWithoutExtension(DatabasePath) + "-backup-";

    private string Extension => System.IO.Path.GetExtension(DatabasePath);

    /// <summary>The path of a new backup made at <paramref name="now"/>; a name already taken gets <c>-2</c>, <c>-3</c>, ...</summary>
    public string NewBackupPath(DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        var path = System.IO.Path.Combine(Path, Prefix + stamp + Extension);
        for (var n = 2; File.Exists(path); n++)
        {
            path = System.IO.Path.Combine(Path, FormattableString.Invariant($"{Prefix}{stamp}-{n}{Extension}"));
        }

        return path;
    }

    /// <summary>This database's backups in the folder, newest first (none when the folder does not exist).</summary>
    public IReadOnlyList<string> Backups()
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        var pattern = BackupName();
        var found = new List<(string File, string Stamp, int Counter)>();
        foreach (var file in Directory.EnumerateFiles(Path, Prefix + "*" + Extension))
        {
            var name = System.IO.Path.GetFileName(file);
            if (name.Length > Prefix.Length + Extension.Length
                && name.StartsWith(Prefix, StringComparison.Ordinal)
                && pattern.Match(name[Prefix.Length..^Extension.Length]) is { Success: true } match)
            {
                var counter = match.Groups["counter"].Success ? int.Parse(match.Groups["counter"].Value, CultureInfo.InvariantCulture) : 1;
                found.Add((file, match.Groups["stamp"].Value, counter));
            }
        }

        return found
            .OrderByDescending(backup => backup.Stamp, StringComparer.Ordinal)
            .ThenByDescending(backup => backup.Counter)
            .Select(backup => backup.File)
            .ToList();
    }

    /// <summary>When the newest backup was made (from its name), or null when there is none.</summary>
    public DateTimeOffset? NewestTime()
    {
        if (Newest() is not { } newest)
        {
            return null;
        }

        var stamp = System.IO.Path.GetFileName(newest)[Prefix.Length..][..16];
        return DateTimeOffset.ParseExact(stamp, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    /// <summary>The newest backup, or null.</summary>
    public string? Newest() => Backups() is [var newest, ..] ? newest : null;

    /// <summary>What is after the prefix and before the extension: the time, maybe a counter.</summary>
    [GeneratedRegex(@"^(?<stamp>\d{8}T\d{6}Z)(-(?<counter>\d{1,6}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BackupName();
}
