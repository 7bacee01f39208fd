using FunnelBot.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// At start: schedules a cron trigger for every enabled job, then runs, before the host reports started, each job whose
/// slot passed while the bot was down (<see cref="CatchUpPlanner"/>), once, through the same runner as the triggers.
/// Quartz's hosted service starts the scheduler after this.
/// </summary>
public sealed partial class ScheduleInstaller : IHostedService
{
    private readonly ISchedulerFactory _schedulers;
    private readonly TeamConfiguration _team;
    private readonly CatchUpPlanner _catchUp;
    private readonly ScheduledJobRunner _runner;
    private readonly TimeProvider _time;
    private readonly ILogger<ScheduleInstaller> _logger;

    public ScheduleInstaller(
        ISchedulerFactory schedulers, TeamConfiguration team, CatchUpPlanner catchUp, ScheduledJobRunner runner, TimeProvider time,
        ILogger<ScheduleInstaller> logger)
    {
        _schedulers = schedulers;
        _team = team;
        _catchUp = catchUp;
        _runner = runner;
        _time = time;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await _schedulers.GetScheduler(cancellationToken);
        var now = _time.GetUtcNow();
        foreach (var declared in ScheduledJobs.Declarations)
        {
            var job = _team.Schedule.Job(declared.ConfigurationKey);
            var name = declared.Name;
            if (!job.Enabled)
            {
                LogSwitchedOff(name);
                continue;
            }

            var trigger = ScheduleTriggers.For(declared, job, _team.Team.TimeZone, now, _time);
            var next = await scheduler.ScheduleJob(trigger, default, cancellationToken);
            var zone = _team.Team.TimeZone.Id;
            LogScheduled(name, job.Cron, zone, next);
        }

        foreach (var run in _catchUp.Due(now))
        {
            LogCatchUp(run.Key, run.Slot);
            try
            {
                await _runner.RunAsync(run.Job, run.Slot, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCatchUpFailed(exception, run.Key);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is switched off")]
    private partial void LogSwitchedOff(string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} scheduled at '{Cron}' in {Zone}; next run {Next:u}")]
    private partial void LogScheduled(string job, string cron, string zone, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catching up {Key}, due at {Slot:u} while the bot was down")]
    private partial void LogCatchUp(string key, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catching up {Key} failed; the bot starts anyway and the next slot runs as usual")]
    private partial void LogCatchUpFailed(Exception exception, string key);
}
