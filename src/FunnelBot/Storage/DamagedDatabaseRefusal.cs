using FunnelBot.Configuration;

namespace FunnelBot.Storage;

/// <summary>
/// The one line that stops start-up (and every command that opens the database) when the file is not a sound database:
/// it names the file and says how to put a backup in its place, with the newest backup when there is one.
/// </summary>
public static class DamagedDatabaseRefusal
{
    /// <summary>How the operator runs a command of the published bot (the Docker image runs the same).</summary>
    public const string CommandPrefix = "dotnet FunnelBot.dll";

    public static InvalidConfigurationException For(DatabaseProblem problem, string databasePath, BackupFolder backups) =>
        new(Line(problem, databasePath, backups));

    public static string Line(DatabaseProblem problem, string databasePath, BackupFolder backups)
    {
        if (problem.Kind == DatabaseProblemKind.Password)
        {
            return problem.Detail;
        }

        var what = problem.Kind == DatabaseProblemKind.Damaged ? "is damaged" : "cannot be read";
        var restore = backups.Newest() is { } newest
            ? $"restore the newest backup with '{CommandPrefix} restore {newest}' (backups are in '{backups.Path}')"
            : $"restore a copy of it with '{CommandPrefix} restore <backup-file>' (there is no backup in '{backups.Path}')";
        return $"{StorageOptions.Section}.{nameof(StorageOptions.Path)}: the database '{databasePath}' {what} ({problem.Detail}): {restore}, then start again";
    }
}
