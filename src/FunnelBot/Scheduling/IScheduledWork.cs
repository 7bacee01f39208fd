namespace FunnelBot.Scheduling;

/// <summary>
/// What one job does for one due run. It is called only when the run's key is not yet recorded, and it records the key
/// itself, in the same transaction as the messages it queues (see <see cref="JobRunStore"/>).
/// </summary>
public interface IScheduledWork
{
    ScheduledJobKind Kind { get; }

    /// <summary>Does the run's work; returns how many messages it queued (0 is a valid, recorded run).</summary>
    int Run(ScheduledRun run);
}
