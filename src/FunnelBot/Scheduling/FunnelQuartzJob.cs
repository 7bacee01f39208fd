using FunnelBot.Configuration;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The one Quartz job class behind every job of <see cref="ScheduledJobs"/> (its job key is the job's name): thin, it
/// hands the instant it fires for to <see cref="ScheduledJobRunner"/>, which maps a late (misfired) firing to the slot
/// it missed. Quartz never runs two firings of the same job at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FunnelQuartzJob : IJob
{
    private readonly ScheduledJobRunner _runner;

    /// <summary>How far back a job fired by hand looks for its latest slot (<see cref="ScheduleConfiguration.ManualWindow"/>).</summary>
    public static TimeSpan ManualWindow => ScheduleConfiguration.ManualWindow;

    public FunnelQuartzJob(ScheduledJobRunner runner)
    {
        _runner = runner;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ScheduledJobs.Named(context.JobDetail.Key.Name) is not { } job)
        {
            return;
        }

        // Fired by hand (Quartz's TriggerJob, e.g. from the sandbox's jobs panel): run the job's latest slot, however
        // old; it still runs at most once per slot.
        var byHand = context.Trigger.JobDataMap.ContainsKey(SchedulerConstants.ManualTrigger);
        await _runner.RunAsync(job, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken, byHand ? ManualWindow : null);
    }
}
