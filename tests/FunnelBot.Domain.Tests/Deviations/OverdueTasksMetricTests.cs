using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Tests.Deviations;

public sealed class OverdueTasksMetricTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    // Week 2026-W43 ends on Sunday 2026-10-25, the day Berlin goes back from UTC+2 to UTC+1 (at 03:00 local).
    // Its end, Monday 00:00 local, is 2026-10-25 23:00 UTC in Berlin and 2026-10-25 21:00 UTC in Moscow (UTC+3, no DST).
    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T23:00:00Z")]
    [InlineData("Europe/Moscow", "2026-10-25T21:00:00Z")]
    public void WeekEnd_MidnightAfterSundayInTheTeamZone(string zone, string expected)
    {
        var end = OverdueTasksMetric.WeekEnd(new IsoWeek(2026, 43), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), end);
    }

    [Theory]
    [InlineData("2026-10-20T10:00:00Z", "2026-10-25", null, 1)]          // due on the Sunday itself: overdue at its end
    [InlineData("2026-10-20T10:00:00Z", "2026-10-26", null, 0)]          // due Monday: not yet
    [InlineData("2026-10-20T10:00:00Z", "2026-10-22", "2026-10-25T22:59:00Z", 0)] // closed a minute before the end
    [InlineData("2026-10-20T10:00:00Z", "2026-10-22", "2026-10-25T23:30:00Z", 1)] // closed after the end
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25", null, 0)]          // created after the end
    public void CountAt_WeekEnd_CountsOpenOverdueTasksThen(string created, string due, string? closed, int expected)
    {
        var task = new TaskTimeline(
            DateTimeOffset.Parse(created, CultureInfo.InvariantCulture),
            DateOnly.Parse(due, CultureInfo.InvariantCulture),
            closed is null ? null : DateTimeOffset.Parse(closed, CultureInfo.InvariantCulture));

        var count = OverdueTasksMetric.CountAt([task], OverdueTasksMetric.WeekEnd(new IsoWeek(2026, 43), Berlin), Berlin);

        Assert.Equal(expected, count);
    }

    [Fact]
    public void WeeklyValues_FromTheFirstTaskToNow_CurrentWeekCountedNow()
    {
        TaskTimeline[] tasks =
        [
            new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 4), new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero)),
            new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 24), null),
        ];
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero); // Wednesday of W48 in Moscow

        var values = OverdueTasksMetric.WeeklyValues(tasks, now, Moscow);

        Assert.Equal(
            new Dictionary<IsoWeek, decimal>
            {
                [new IsoWeek(2026, 45)] = 1m, // the first task, due Wed 4 Nov
                [new IsoWeek(2026, 46)] = 1m,
                [new IsoWeek(2026, 47)] = 0m, // closed on 18 Nov; the second is due 24 Nov
                [new IsoWeek(2026, 48)] = 1m, // now: the second's due date has ended
            },
            values);
    }

    [Fact]
    public void WeeklyValues_NoTasks_ZeroForTheCurrentWeekOnly()
    {
        var now = new DateTimeOffset(2026, 11, 29, 21, 30, 0, TimeSpan.Zero); // Monday 00:30 in Moscow: W49

        var values = OverdueTasksMetric.WeeklyValues([], now, Moscow);

        Assert.Equal(new Dictionary<IsoWeek, decimal> { [new IsoWeek(2026, 49)] = 0m }, values);
    }
}
