using FunnelBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Scheduling;

/// <summary>
/// Runs a job for the slot an instant belongs to: the latest cron slot at or before it and within the catch-up window
/// (so a misfire fired late still serves the slot it missed), skipping a slot whose run is already recorded. Runs are
/// serialised, so two triggers for the same key cannot both pass the check. Every firing's outcome goes to
/// <see cref="ScheduledRunOutcomes"/>.
/// </summary>
public sealed partial class ScheduledJobRunner : IDisposable
{
    private readonly TeamConfiguration _team;
    private readonly DuePeriods _periods;
    private readonly JobRunStore _runs;
    private readonly IServiceProvider _services;
    private readonly ILogger<ScheduledJobRunner> _logger;
    private readonly ScheduledRunOutcomes _outcomes;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public ScheduledJobRunner(
        TeamConfiguration team, DuePeriods periods, JobRunStore runs, IServiceProvider services, ScheduledRunOutcomes outcomes, TimeProvider time,
        ILogger<ScheduledJobRunner> logger)
    {
        _outcomes = outcomes;
        _time = time;
        _team = team;
        _periods = periods;
        _runs = runs;
        _services = services;
        _logger = logger;
    }

    /// <summary>Runs <paramref name="declared"/> for the slot of <paramref name="instant"/>; returns the run when work was done.</summary>
    public async Task<ScheduledRun?> RunAsync(
        ScheduledJobDeclaration declared, DateTimeOffset instant, CancellationToken cancellationToken, TimeSpan? window = null)
    {
        var job = _team.Schedule.Job(declared.ConfigurationKey);
        var name = declared.Name;
        if (!job.Enabled)
        {
            LogDisabled(name);
            Record(declared, ScheduledRunResult.SwitchedOff);
            return null;
        }

        if (CronSlots.LatestAtOrBefore(job.Cron, _team.Team.TimeZone, instant, window ?? _team.Schedule.CatchUpWindow) is not { } slot)
        {
            LogNoSlot(name, instant);
            Record(declared, ScheduledRunResult.NoSlot);
            return null;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var run = _periods.For(declared, slot);
            if (_runs.HasRun(run.Key))
            {
                LogAlreadyDone(run.Key);
                Record(declared, ScheduledRunResult.AlreadyDone, run);
                return null;
            }

            int queued;
            try
            {
                // The job classes are keyed by their names (ScheduledJobs); built on their first run.
                queued = _services.GetRequiredKeyedService<IScheduledWork>(name).Run(run, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Record(declared, ScheduledRunResult.Failed, run, error: exception.Message);
                throw;
            }

            LogDone(run.Key, queued);
            Record(declared, ScheduledRunResult.Done, run, queued);
            return run;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private void Record(ScheduledJobDeclaration job, ScheduledRunResult result, ScheduledRun? run = null, int messages = 0, string? error = null) =>
        _outcomes.Record(new ScheduledRunOutcome(job, result, _time.GetUtcNow(), run, messages, error));

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is switched off in the configuration")]
    private partial void LogDisabled(string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: no slot within the catch-up window before {Instant}; nothing to do")]
    private partial void LogNoSlot(string job, DateTimeOffset instant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {Key} was already done; nothing sent again")]
    private partial void LogAlreadyDone(string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {Key} done: {Messages} message(s) queued")]
    private partial void LogDone(string key, int messages);
}
