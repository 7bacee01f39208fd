using FunnelBot.Domain.Periods;

namespace FunnelBot.Scheduling;

/// <summary>
/// One due run of a job: the cron slot it serves, the period it is about and the key it is recorded under.
/// <see cref="Week"/> is the week the run reports on (the prompted week, the digest's week, the month's last week).
/// </summary>
public sealed record ScheduledRun(ScheduledJobDeclaration Job, DateTimeOffset Slot, DateOnly Day, IsoWeek Week, YearMonth? Month, string Key);
