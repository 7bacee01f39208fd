using FunnelBot.Storage;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The scheduled backup (<c>Schedule:Backup</c>): a verified copy of the running bot's database into
/// <c>Storage:Backup:Folder</c>, the oldest beyond <c>Storage:Backup:Keep</c> deleted (<see cref="DatabaseBackup"/>).
/// A failure is logged as an error and the bot goes on; the next firing tries again. A sandbox database is not backed up.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class BackupJob : IJob
{
    public static readonly JobKey Key = new("backup");

    private readonly DatabaseBackup _backup;
    private readonly DatabaseInfoStore _info;
    private readonly ILogger<BackupJob> _logger;

    public BackupJob(DatabaseBackup backup, DatabaseInfoStore info, ILogger<BackupJob> logger)
    {
        _backup = backup;
        _info = info;
        _logger = logger;
    }

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (_info.Find()?.Kind == DatabaseKind.Sandbox)
        {
            LogSandbox();
            return ValueTask.CompletedTask;
        }

        try
        {
            var result = _backup.Make();
            LogWritten(result.Path, result.Bytes, result.Removed.Count);
        }
        catch (Exception exception) when (exception is BackupFailedException or IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            LogFailed(exception, exception.Message);
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written and read back: {Path} ({Bytes} bytes); {Removed} old backup(s) removed")]
    private partial void LogWritten(string path, long bytes, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backup failed: {Reason}; the bot goes on and the next scheduled backup tries again")]
    private partial void LogFailed(Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No backup of a sandbox database")]
    private partial void LogSandbox();
}
