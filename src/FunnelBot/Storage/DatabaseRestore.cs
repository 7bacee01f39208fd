using System.Globalization;

namespace FunnelBot.Storage;

/// <summary>
/// Puts a backup in the place of the database, with no process on it (the caller holds the lock file): the backup is
/// read back whole first (<see cref="DatabaseIntegrityCheck"/>, with the configured password), the current file and its
/// <c>-log</c> file are kept aside as <c>&lt;name&gt;-replaced-&lt;UTC time&gt;.db</c> (and its <c>-log</c>), and a copy of
/// the backup takes the database's name (copied under a <c>.restoring</c> name first, readable by its owner only). The
/// backup itself stays as it is. A backup that does not read back, or has a newer schema than this release knows,
/// changes nothing.
/// </summary>
public static class DatabaseRestore
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Restores <paramref name="backupPath"/> over <paramref name="databasePath"/>; returns where the replaced file was kept (null: there was none).</summary>
    /// <exception cref="RestoreRefusedException">The backup is missing or does not read back; nothing was changed.</exception>
    public static string? Restore(string backupPath, string databasePath, string? password, DateTimeOffset now)
    {
        var backup = Path.GetFullPath(backupPath);
        var database = Path.GetFullPath(databasePath);
        if (!File.Exists(backup))
        {
            throw new RestoreRefusedException($"restore: the backup '{backup}' does not exist; nothing was changed");
        }

        if (string.Equals(backup, database, StringComparison.Ordinal))
        {
            throw new RestoreRefusedException($"restore: '{backup}' is the database itself; name a backup file");
        }

        if (DatabaseIntegrityCheck.Check(backup, password) is { } problem)
        {
            var why = problem.Kind == DatabaseProblemKind.Password ? problem.Detail : $"it does not read back as a database: {problem.Detail}";
            throw new RestoreRefusedException($"restore: the backup '{backup}' cannot be restored ({why}); nothing was changed");
        }

        if (SchemaVersionOf(backup, password) is var version && version > SchemaMigrations.All.Count)
        {
            throw new RestoreRefusedException(
                $"restore: the backup '{backup}' has schema version {version}, newer than this release knows ({SchemaMigrations.All.Count}); nothing was changed");
        }

        OwnerOnlyFiles.ForNewFiles();
        var restoring = database + ".restoring";
        File.Copy(backup, restoring, overwrite: true);
        OwnerOnlyFiles.Tighten(restoring);
        var aside = KeepAside(database, now);
        try
        {
            File.Move(restoring, database);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            PutBack(aside, database);
            throw;
        }

        return aside;
    }

    /// <summary>The schema version a verified file records (0: none recorded).</summary>
    private static int SchemaVersionOf(string path, string? password)
    {
        using var file = ReadOnlyDatabaseFile.Open(path, password);
        var record = file.Database.GetCollection(DatabaseInfoStore.CollectionName).FindById(DatabaseInfoDocument.SingleId);
        var version = record?[nameof(DatabaseInfoDocument.SchemaVersion)];
        return version is { IsInt32: true } ? version.AsInt32 : 0;
    }

    /// <summary>After a failed move into place: the file kept aside (and its log) gets its name back.</summary>
    private static void PutBack(string? aside, string database)
    {
        if (aside is null)
        {
            return;
        }

        File.Move(aside, database);
        if (File.Exists(FunnelDatabase.LogFileOf(aside)))
        {
            File.Move(FunnelDatabase.LogFileOf(aside), FunnelDatabase.LogFileOf(database));
        }
    }

    /// <summary>Renames the database and its log file out of the way; null when there is no database file.</summary>
    private static string? KeepAside(string database, DateTimeOffset now)
    {
        var log = FunnelDatabase.LogFileOf(database);
        if (!File.Exists(database))
        {
            // A log without its data file would be read into the restored file: it goes aside too.
            if (File.Exists(log))
            {
                File.Move(log, AsideName(log, now));
            }

            return null;
        }

        var aside = AsideName(database, now);
        File.Move(database, aside);
        if (File.Exists(log))
        {
            File.Move(log, FunnelDatabase.LogFileOf(aside));
        }

        return aside;
    }

    private static string AsideName(string file, DateTimeOffset now)
    {
        var folder = Path.GetDirectoryName(file)!;
        var name = Path.GetFileNameWithoutExtension(file) + "-replaced-" + now.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        var extension = Path.GetExtension(file);
        var path = Path.Combine(folder, name + extension);
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, FormattableString.Invariant($"{name}-{n}{extension}"));
        }

        return path;
    }
}
