using FunnelBot.Configuration;
using FunnelBot.Scheduling;
using Quartz;

namespace FunnelBot.Tests.Scheduling;

/// <summary>The triggers Quartz fires, computed by Quartz's own cron trigger in the team's zone, across daylight-saving changes.</summary>
public sealed class ScheduleTriggerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TheoryData<string, DateTimeOffset, DateTimeOffset[]> BerlinFireTimes => new()
    {
        // Summer time starts on Sunday 2026-03-29: Monday 10:00 is 09:00 UTC before, 08:00 UTC after.
        { "0 0 10 ? * MON", ScheduleTeams.Utc(2026, 3, 20, 0), [ScheduleTeams.Utc(2026, 3, 23, 9), ScheduleTeams.Utc(2026, 3, 30, 8)] },

        // Summer time ends on Sunday 2026-10-25: Monday 11:00 is 09:00 UTC before, 10:00 UTC after.
        { "0 0 11 ? * MON", ScheduleTeams.Utc(2026, 10, 15, 0), [ScheduleTeams.Utc(2026, 10, 19, 9), ScheduleTeams.Utc(2026, 10, 26, 10)] },

        // Friday 15:00 on both sides of the spring change.
        { "0 0 15 ? * FRI", ScheduleTeams.Utc(2026, 3, 21, 0), [ScheduleTeams.Utc(2026, 3, 27, 14), ScheduleTeams.Utc(2026, 4, 3, 13)] },

        // Weekdays 10:00 over the autumn weekend: Friday in summer time, Monday in winter time.
        { "0 0 10 ? * MON-FRI", ScheduleTeams.Utc(2026, 10, 23, 7), [ScheduleTeams.Utc(2026, 10, 23, 8), ScheduleTeams.Utc(2026, 10, 26, 9)] },

        // First working day 11:00: Sunday 2026-11-01 moves to Monday 11-02; 2026-12-01 is a Tuesday.
        { "0 0 11 1W * ?", ScheduleTeams.Utc(2026, 10, 20, 0), [ScheduleTeams.Utc(2026, 11, 2, 10), ScheduleTeams.Utc(2026, 12, 1, 10)] },
    };

    [Theory]
    [MemberData(nameof(BerlinFireTimes))]
    public void CronTrigger_EuropeBerlin_FiresAtLocalTimeAcrossDaylightSaving(string cron, DateTimeOffset start, DateTimeOffset[] expected)
    {
        var trigger = ScheduleTriggers.For(WeeklyDigestJob.Declaration, new ScheduledJob(cron, true), Berlin, start, TimeProvider.System);

        var first = trigger.GetFireTimeAfter(start);
        var second = trigger.GetFireTimeAfter(first);

        Assert.Equal(expected, new[] { first!.Value, second!.Value });
    }

    [Fact]
    public void CronTrigger_Built_FiresOnceNowAfterAMisfireAndTargetsItsJob()
    {
        var trigger = (ICronTrigger)ScheduleTriggers.For(
            OverdueAlertJob.Declaration, new ScheduledJob("0 0 10 ? * MON-FRI", true), Berlin, ScheduleTeams.Utc(2026, 11, 1, 0), TimeProvider.System);

        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
        Assert.Equal(Berlin, trigger.TimeZone);
        Assert.Equal("overdue-alert", trigger.JobKey.Name);
    }

    [Theory]
    [InlineData("0 0 10 ? * MON", "2026-03-30T09:30:00Z", "2026-03-30T08:00:00Z")] // after the spring change
    [InlineData("0 0 10 ? * MON", "2026-03-30T08:00:00Z", "2026-03-30T08:00:00Z")] // exactly at the slot
    [InlineData("0 0 10 ? * MON", "2026-03-30T07:59:59Z", null)]                   // a week back is beyond the window
    [InlineData("0 0 11 ? * MON", "2026-10-26T10:00:00Z", "2026-10-26T10:00:00Z")] // after the autumn change
    public void LatestAtOrBefore_WithinOneDay_FindsTheSlotInLocalTime(string cron, string moment, string? expected)
    {
        var slot = CronSlots.LatestAtOrBefore(cron, Berlin, DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromDays(1));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), slot);
    }
}
