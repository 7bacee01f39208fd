using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Tests.Scheduling;

/// <summary>A team configuration with the default schedule, for tests that need only the schedule and the zone.</summary>
public static class ScheduleTeams
{
    public static TeamConfiguration WithDefaultSchedule(string timeZone, TimeSpan? catchUpWindow = null) => new(
        new TeamSettings("Team", TimeZoneInfo.FindSystemTimeZoneById(timeZone), "en", 0, null, false, [], ZoneThresholds.Default),
        [],
        [],
        new ScheduleConfiguration(
            new ScheduledJob("0 0 15 ? * FRI", true),
            new ScheduledJob("0 0 10 ? * MON", true),
            new ScheduledJob("0 0 11 ? * MON", true),
            new ScheduledJob("0 0 11 1W * ?", true),
            new ScheduledJob("0 0 10 ? * MON-FRI", true),
            catchUpWindow ?? TimeSpan.FromDays(1)));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
