using FunnelBot.Configuration;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The Quartz triggers of the enabled jobs: cron from the <c>Schedule</c> section read in the team's zone, misfire
/// policy "fire once now, then proceed" (the runner maps a late firing to the slot it missed).
/// </summary>
public static class ScheduleTriggers
{
    public static JobKey JobKeyOf(ScheduledJobKind kind) => new(kind.Name());

    public static ITrigger For(ScheduledJobKind kind, ScheduledJob job, TimeZoneInfo zone, DateTimeOffset startAt, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(kind.Name())
            .ForJob(JobKeyOf(kind))
            .WithCronSchedule(job.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartAt(startAt)
            .Build();
}
