using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.Tests.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.Reporting;

public sealed class ReportingWeekTests
{
    [Theory]
    [InlineData("2026-03-08T20:59:00Z", "Europe/Moscow", "2026-W10")]   // Sunday 23:59 in Moscow (UTC+3)
    [InlineData("2026-03-08T21:00:00Z", "Europe/Moscow", "2026-W11")]   // Monday 00:00 in Moscow
    [InlineData("2026-03-08T21:00:00Z", "Europe/London", "2026-W10")]   // still Sunday 21:00 in London
    [InlineData("2026-12-31T22:00:00Z", "Europe/Moscow", "2026-W53")]   // Friday 2027-01-01 01:00: ISO week 53 of 2026
    [InlineData("2027-01-03T22:00:00Z", "Europe/Moscow", "2027-W01")]   // Monday 2027-01-04 01:00
    [InlineData("2026-03-09T09:00:00Z", "America/Los_Angeles", "2026-W11")] // Monday 02:00 PDT (UTC-7 after 03-08)
    public void Current_MomentInTeamZone_IsTheIsoWeekContainingIt(string utc, string zone, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var week = new ReportingWeek(time, ScheduleTeams.WithDefaultSchedule(zone));

        Assert.Equal(IsoWeek.Parse(expected), week.Current);
    }
}
