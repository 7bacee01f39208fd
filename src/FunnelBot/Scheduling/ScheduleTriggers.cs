using FunnelBot.Configuration;
using Quartz;

namespace FunnelBot.Scheduling;

/// <summary>
/// The Quartz triggers of the enabled jobs: cron from <c>Schedule:Jobs</c> read in the team's zone, misfire policy
/// "fire once now, then proceed" (the runner maps a late firing to the slot it missed). Job and trigger are keyed by
/// the job's stable name.
/// </summary>
public static class ScheduleTriggers
{
    public static JobKey JobKeyOf(ScheduledJobDeclaration job) => new(job.Name);

    public static ITrigger For(ScheduledJobDeclaration declared, ScheduledJob job, TimeZoneInfo zone, DateTimeOffset startAt, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(declared.Name)
            .ForJob(JobKeyOf(declared))
            .WithCronSchedule(job.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartAt(startAt)
            .Build();
}
