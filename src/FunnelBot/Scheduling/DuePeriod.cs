using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Scheduling;

/// <summary>The period one run is about (the week it reports on, and the month for a monthly run) and its name in the run key.</summary>
public sealed record RunPeriod(IsoWeek Week, YearMonth? Month, string Key);

/// <summary>
/// What a job's slot is due for, given the slot and its local day in the team's zone. Each job declares one; slots that
/// fall in the same period are one run (one run key).
/// </summary>
public sealed class DuePeriod
{
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(14);
    private readonly Func<DateTimeOffset, DateOnly, TeamConfiguration, RunPeriod> _of;

    private DuePeriod(Func<DateTimeOffset, DateOnly, TeamConfiguration, RunPeriod> of)
    {
        _of = of;
    }

    /// <summary>The week of the slot (the check-in prompt asks for the week it is sent in).</summary>
    public static DuePeriod WeekOfTheSlot { get; } = new((_, day, _) => Week(IsoWeek.Containing(day)));

    /// <summary>The week before the slot's week, the week just ended (the weekly digest).</summary>
    public static DuePeriod WeekBeforeTheSlot { get; } = new((_, day, _) => Week(IsoWeek.Containing(day).Previous));

    /// <summary>The month before the slot's month, reported through its last ISO week (the monthly results).</summary>
    public static DuePeriod MonthBeforeTheSlot { get; } = new((_, day, _) => Month(YearMonth.Containing(day).AddMonths(-1)));

    /// <summary>The slot's day, about the slot's week (the overdue alert, the nightly jobs).</summary>
    public static DuePeriod DayOfTheSlot { get; } = new((_, day, _) => new(IsoWeek.Containing(day), null, Iso(day)));

    /// <summary>
    /// The slot's day, about the week of the latest slot at or before it (within two weeks) of the job configured under
    /// <paramref name="configurationKey"/>, else the week before the slot's: the reminder chases the week the latest
    /// check-in prompt asked for.
    /// </summary>
    public static DuePeriod DayOfTheSlotForTheWeekOf(string configurationKey) => new((slot, day, team) =>
    {
        var zone = team.Team.TimeZone;
        var latest = CronSlots.LatestAtOrBefore(team.Schedule.Job(configurationKey).Cron, zone, slot, LookBack);
        var week = latest is { } other ? IsoWeek.Containing(LocalDay.Of(other, zone)) : IsoWeek.Containing(day).Previous;
        return new(week, null, Iso(day));
    });

    public RunPeriod Of(DateTimeOffset slot, DateOnly day, TeamConfiguration team) => _of(slot, day, team);

    private static RunPeriod Week(IsoWeek week) => new(week, null, week.ToString());

    private static RunPeriod Month(YearMonth month) => new(month.Weeks[^1], month, month.ToString());

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
