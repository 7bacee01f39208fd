using FunnelBot.Storage;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Scheduling;

/// <summary>
/// The nightly backup (<c>Schedule:Jobs:Backup</c>, 04:00 by default, after the 03:30 purge), once a day of its slot: a
/// verified copy of the running bot's database into <c>Storage:Backup:Folder</c>, the oldest beyond
/// <c>Storage:Backup:Keep</c> deleted (<see cref="DatabaseBackup"/>). A backup made at or after the slot (e.g. by the
/// <c>backup</c> command while the bot was stopped) serves the run, and none is made. A failure is logged as an error,
/// the bot goes on and the run stays unrecorded: the next start within the catch-up window tries again, as does the
/// next slot. A sandbox database is not backed up.
/// </summary>
public sealed partial class BackupJob : IScheduledJob
{
    /// <summary>Every night at 04:00 in the team's zone, after the 03:30 purge of old records.</summary>
    public const string DefaultCron = "0 0 4 * * ?";

    public static ScheduledJobDeclaration Declaration { get; } = new("backup", "Backup", DefaultCron, DuePeriod.DayOfTheSlot);

    private readonly DatabaseBackup _backup;
    private readonly DatabaseInfoStore _info;
    private readonly FunnelDatabase _database;
    private readonly JobRunStore _runs;
    private readonly ILogger<BackupJob> _logger;

    public BackupJob(DatabaseBackup backup, DatabaseInfoStore info, FunnelDatabase database, JobRunStore runs, ILogger<BackupJob> logger)
    {
        _backup = backup;
        _info = info;
        _database = database;
        _runs = runs;
        _logger = logger;
    }

    public int Run(ScheduledRun run)
    {
        if (_info.Find()?.Kind == DatabaseKind.Sandbox)
        {
            LogSandbox();
            return 0;
        }

        if (_database.Backups.NewestTime() is { } newest && newest >= run.Slot)
        {
            LogMadeSince(newest, run.Slot);
            _runs.Record(run.Key, run.Slot);
            return 0;
        }

        BackupResult result;
        try
        {
            result = _backup.Make();
        }
        catch (Exception exception) when (exception is BackupFailedException or IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            LogFailed(exception, exception.Message);
            return 0;
        }

        _runs.Record(run.Key, run.Slot);
        LogWritten(result.Path, result.Bytes, result.Removed.Count);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written and read back: {Path} ({Bytes} bytes); {Removed} old backup(s) removed")]
    private partial void LogWritten(string path, long bytes, int removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "A backup was made at {Newest:u}, after the slot at {Slot:u}; no other is made")]
    private partial void LogMadeSince(DateTimeOffset newest, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backup failed: {Reason}; the bot goes on and the next scheduled backup tries again")]
    private partial void LogFailed(Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No backup of a sandbox database")]
    private partial void LogSandbox();
}
