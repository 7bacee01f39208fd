using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The one Quartz job class behind all five jobs (its job key names the kind): thin, it hands the instant it fires for
/// to <see cref="ScheduledJobRunner"/>. A catch-up firing carries the missed slot in its data. Quartz never runs two
/// firings of the same job at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FunnelQuartzJob : IJob
{
    /// <summary>Job data key of a catch-up firing: the missed slot as UTC ticks.</summary>
    public const string DueAtTicks = "dueAtUtcTicks";

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

        var instant = context.MergedJobDataMap.TryGetValue(DueAtTicks, out var ticks) && ticks is long utcTicks
            ? new DateTimeOffset(utcTicks, TimeSpan.Zero)
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await _runner.RunAsync(kind, instant, cancellationToken);
    }
}
