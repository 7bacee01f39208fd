using FunnelBot.Configuration;
using FunnelBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// At start, schedules <see cref="BackupJob"/> on <c>Schedule:Backup</c> in the team's zone, unless it is switched off.
/// When the bot was down at the latest slot (within <c>Schedule:CatchUpWindow</c>) and no backup was made since, the
/// job is also fired once as soon as the scheduler starts.
/// </summary>
public sealed partial class BackupScheduleInstaller : IHostedService
{
    private readonly ISchedulerFactory _schedulers;
    private readonly FunnelDatabase _database;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;
    private readonly ILogger<BackupScheduleInstaller> _logger;

    public BackupScheduleInstaller(
        ISchedulerFactory schedulers, FunnelDatabase database, TeamConfiguration team, TimeProvider time, ILogger<BackupScheduleInstaller> logger)
    {
        _schedulers = schedulers;
        _database = database;
        _team = team;
        _time = time;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var job = _team.Schedule.Backup;
        if (!job.Enabled)
        {
            LogSwitchedOff();
            return;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // A fatal stop during start (a refused token, a second instance): the bot is stopping, nothing to schedule.
            return;
        }

        var scheduler = await _schedulers.GetScheduler(CancellationToken.None);
        var trigger = TriggerBuilder.Create(_time)
            .WithIdentity(BackupJob.Key.Name)
            .ForJob(BackupJob.Key)
            .WithCronSchedule(job.Cron, cron => cron.InTimeZone(_team.Team.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartAt(_time.GetUtcNow())
            .Build();
        var next = await scheduler.ScheduleJob(trigger, default, CancellationToken.None);
        LogScheduled(job.Cron, _team.Team.TimeZone.Id, next);

        var now = _time.GetUtcNow();
        if (CronSlots.LatestAtOrBefore(job.Cron, _team.Team.TimeZone, now, _team.Schedule.CatchUpWindow) is { } missed
            && !(_database.Backups.NewestTime() >= missed))
        {
            LogCatchUp(missed);
            await scheduler.TriggerJob(BackupJob.Key, CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The database backup (Schedule.Backup) is switched off")]
    private partial void LogSwitchedOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "The database backup due at {Slot:u} was missed while the bot was down; it runs now")]
    private partial void LogCatchUp(DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backup scheduled at '{Cron}' in {Zone}; next run {Next:u}")]
    private partial void LogScheduled(string cron, string zone, DateTimeOffset next);
}
