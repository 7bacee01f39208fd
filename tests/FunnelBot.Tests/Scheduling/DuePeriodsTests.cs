using FunnelBot.Scheduling;

namespace FunnelBot.Tests.Scheduling;

/// <summary>What each job's slot is due for, read in the team's zone (Moscow, UTC+3 all year).</summary>
public sealed class DuePeriodsTests
{
    private readonly DuePeriods _periods = new(ScheduleTeams.WithDefaultSchedule("Europe/Moscow"));

    [Theory]
    [InlineData("checkin-prompt", "2026-11-27T12:00:00Z", "checkin-prompt|2026-W48", "2026-W48")]  // Friday 15:00: this week
    [InlineData("reminder", "2026-11-30T07:00:00Z", "reminder|2026-11-30", "2026-W48")]         // Monday: last Friday's week
    [InlineData("weekly-digest", "2026-11-30T08:00:00Z", "weekly-digest|2026-W48", "2026-W48")]  // Monday: the week just ended
    [InlineData("weekly-digest", "2026-01-05T08:00:00Z", "weekly-digest|2026-W01", "2026-W01")]  // ISO 2026 starts on 2025-12-29
    [InlineData("weekly-digest", "2027-01-04T08:00:00Z", "weekly-digest|2026-W53", "2026-W53")]  // 2026 has 53 weeks
    [InlineData("monthly-results", "2026-12-01T08:00:00Z", "monthly-results|2026-11", "2026-W48")] // November's last week
    [InlineData("monthly-results", "2026-01-01T08:00:00Z", "monthly-results|2025-12", "2025-W52")] // W01 of 2026 belongs to January (Thursday 2026-01-01)
    [InlineData("overdue-alert", "2026-11-26T21:30:00Z", "overdue-alert|2026-11-27", "2026-W48")] // 00:30 Friday in Moscow
    [InlineData("retention", "2026-11-30T00:30:00Z", "retention|2026-11-30", "2026-W49")]       // 03:30 Monday in Moscow
    [InlineData("backup", "2026-11-29T21:30:00Z", "backup|2026-11-30", "2026-W49")]             // 00:30 Monday in Moscow
    public void For_Slot_KeyAndWeekInTeamZone(string job, string slot, string key, string week)
    {
        var run = _periods.For(ScheduledJobs.Named(job)!, DateTimeOffset.Parse(slot, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((key, week), (run.Key, run.Week.ToString()));
    }
}
