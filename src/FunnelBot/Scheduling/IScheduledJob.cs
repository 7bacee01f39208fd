namespace FunnelBot.Scheduling;

/// <summary>
/// What one job does for one due run. It is called only when the run's key is not yet recorded, and it records the key
/// itself, in the same transaction as the messages it queues (see <see cref="JobRunStore"/>).
/// </summary>
public interface IScheduledWork
{
    /// <summary>Does the run's work; returns how many messages it queued (0 is a valid, recorded run).</summary>
    int Run(ScheduledRun run);

    /// <summary>
    /// Does the run's work, stopping early when <paramref name="cancellationToken"/> is cancelled (the host stops). Only
    /// a job whose run is recorded in parts can stop half way; the others do the whole run.
    /// </summary>
    int Run(ScheduledRun run, CancellationToken cancellationToken) => Run(run);
}

/// <summary>
/// A scheduled job: its work, and its <see cref="Declaration"/>, readable without an instance (the configuration is
/// checked against it before any job is built). Each job is listed once in <see cref="ScheduledJobs"/>.
/// </summary>
public interface IScheduledJob : IScheduledWork
{
    static abstract ScheduledJobDeclaration Declaration { get; }
}
