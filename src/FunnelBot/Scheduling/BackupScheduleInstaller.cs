using FunnelBot.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>At start, schedules <see cref="BackupJob"/> on <c>Schedule:Backup</c> in the team's zone, unless it is switched off.</summary>
public sealed partial class BackupScheduleInstaller : IHostedService
{
    private readonly ISchedulerFactory _schedulers;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;
    private readonly ILogger<BackupScheduleInstaller> _logger;

    public BackupScheduleInstaller(ISchedulerFactory schedulers, TeamConfiguration team, TimeProvider time, ILogger<BackupScheduleInstaller> logger)
    {
        _schedulers = schedulers;
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The database backup (Schedule.Backup) is switched off")]
    private partial void LogSwitchedOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backup scheduled at '{Cron}' in {Zone}; next run {Next:u}")]
    private partial void LogScheduled(string cron, string zone, DateTimeOffset next);
}
