using FunnelBot.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.Storage;

/// <summary>
/// Writes a backup of the open database into its <see cref="BackupFolder"/>: a consistent copy
/// (<see cref="FunnelDatabase.CopyTo"/>, the bot may go on writing) under a <c>.partial</c> name, readable by its owner
/// only, read back whole (<see cref="DatabaseIntegrityCheck"/>) and only then given its name; then the oldest backups of
/// this database beyond <c>Storage:Backup:Keep</c> are deleted. A copy that does not read back is deleted and nothing
/// older is touched.
/// </summary>
public sealed class DatabaseBackup
{
    private const string PartialSuffix = ".partial";

    private readonly FunnelDatabase _database;
    private readonly BackupOptions _options;
    private readonly TimeProvider _time;

    public DatabaseBackup(FunnelDatabase database, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _database = database;
        _options = storage.Value.Backup;
        _time = time;
    }

    /// <summary>Writes, verifies and names a new backup, then removes the oldest beyond the retention count.</summary>
    /// <exception cref="BackupFailedException">The folder cannot be written, or the copy does not read back.</exception>
    public BackupResult Make()
    {
        var folder = _database.Backups;
        OwnerOnlyFiles.ForNewFiles();
        var target = folder.NewBackupPath(_time.GetUtcNow());
        var partial = target + PartialSuffix;
        try
        {
            Directory.CreateDirectory(folder.Path);
            File.Delete(partial); // left by a backup that failed before
            _database.CopyTo(partial);
            OwnerOnlyFiles.Tighten(partial);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            throw new BackupFailedException($"{BackupFolder.Setting}: cannot write the backup '{partial}': {exception.Message}", exception);
        }

        if (DatabaseIntegrityCheck.Check(partial, _database.Password) is { } problem)
        {
            TryDelete(partial);
            throw new BackupFailedException($"The backup copy '{partial}' of '{_database.Path}' does not read back ({problem.Detail}); it was deleted and older backups are kept");
        }

        File.Move(partial, target);
        var removed = RemoveOldest(folder, target);
        return new BackupResult(target, new FileInfo(target).Length, removed);
    }

    private List<string> RemoveOldest(BackupFolder folder, string kept)
    {
        var removed = new List<string>();
        foreach (var old in folder.Backups().Skip(_options.Keep))
        {
            if (!string.Equals(old, kept, StringComparison.Ordinal))
            {
                File.Delete(old);
                removed.Add(old);
            }
        }

        return removed;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The copy stays with its .partial name, which is never taken for a backup.
        }
    }
}
