using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scheduling;

namespace FunnelBot.Tests.Scheduling;

/// <summary>A team configuration with the default schedule, for tests that need only the schedule and the zone.</summary>
public static class ScheduleTeams
{
    public static TeamConfiguration WithDefaultSchedule(string timeZone, TimeSpan? catchUpWindow = null) => new(
        new TeamSettings("Team", TimeZoneInfo.FindSystemTimeZoneById(timeZone), "en", 0, null, false, [], ZoneThresholds.Default),
        [],
        [],
        new ScheduleConfiguration(DefaultJobs(), catchUpWindow ?? TimeSpan.FromDays(1)));

    /// <summary>The shipped schedule: prompt Friday 15:00, reminder Monday 10:00, digest Monday 11:00, ... backup 04:00.</summary>
    public static Dictionary<string, ScheduledJob> DefaultJobs() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["CheckInPrompt"] = new("0 0 15 ? * FRI", true),
        ["Reminder"] = new("0 0 10 ? * MON", true),
        ["WeeklyDigest"] = new("0 0 11 ? * MON", true),
        ["MonthlyResults"] = new("0 0 11 1W * ?", true),
        ["OverdueAlert"] = new("0 0 10 ? * MON-FRI", true),
        ["CountermeasureOutcomes"] = new(CountermeasureOutcomeJob.DefaultCron, true),
        ["Retention"] = new(RetentionJob.DefaultCron, true),
        ["Backup"] = new(BackupJob.DefaultCron, true),
    };

    /// <summary>The jobs the scheduler declares, as the configuration reader knows them.</summary>
    public static IReadOnlyList<KnownJob> KnownJobs { get; } = [.. ScheduledJobs.Declarations.Select(job => job.Setting)];

    /// <summary>The <c>Schedule</c> section as written, with only the five team jobs (the retention job and the backup left out).</summary>
    public static ScheduleOptions TeamJobsOptions() => new()
    {
        Jobs = new(StringComparer.OrdinalIgnoreCase)
        {
            ["CheckInPrompt"] = new() { Cron = "0 0 15 ? * FRI" },
            ["Reminder"] = new() { Cron = "0 0 10 ? * MON" },
            ["WeeklyDigest"] = new() { Cron = "0 0 11 ? * MON" },
            ["MonthlyResults"] = new() { Cron = "0 0 11 1W * ?" },
            ["OverdueAlert"] = new() { Cron = "0 0 10 ? * MON-FRI" },
        },
    };

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
