namespace FunnelBot.Scheduling;

/// <summary>
/// What a firing of <see cref="Job"/> did, when it ended: the run it served (null when none was due), how many messages
/// it queued, and the failure's message.
/// </summary>
public sealed record ScheduledRunOutcome(
    ScheduledJobDeclaration Job, ScheduledRunResult Result, DateTimeOffset At, ScheduledRun? Run = null, int Messages = 0, string? Error = null);
