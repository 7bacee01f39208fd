using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The one Quartz job class behind all five jobs (its job key names the kind): thin, it hands the instant it fires for
/// to <see cref="ScheduledJobRunner"/>, which maps a late (misfired) firing to the slot it missed. Quartz never runs
/// two firings of the same job at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FunnelQuartzJob : IJob
{
    private readonly ScheduledJobRunner _runner;

    public FunnelQuartzJob(ScheduledJobRunner runner)
    {
        _runner = runner;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ScheduledJobKinds.FromName(context.JobDetail.Key.Name) is not { } kind)
        {
            return;
        }

        await _runner.RunAsync(kind, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken);
    }
}
