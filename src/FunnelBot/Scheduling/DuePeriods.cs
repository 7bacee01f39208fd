using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Scheduling;

/// <summary>
/// What a slot is due for, read in the team's zone: the check-in prompt asks for the week of its slot; the reminder
/// chases the week of the latest check-in prompt at or before it; the weekly digest covers the week before its slot's
/// week (the week just ended); monthly results the month before its slot's month; the overdue alert and the retention job the slot's day.
/// </summary>
public sealed class DuePeriods
{
    private static readonly TimeSpan PromptLookBack = TimeSpan.FromDays(14);
    private readonly TeamConfiguration _team;

    public DuePeriods(TeamConfiguration team)
    {
        _team = team;
    }

    public ScheduledRun For(ScheduledJobKind kind, DateTimeOffset slot)
    {
        var day = LocalDay(slot);
        var week = IsoWeek.Containing(day);
        return kind switch
        {
            ScheduledJobKind.CheckInPrompt => new(kind, slot, day, week, null, JobRunStore.Key(kind, week.ToString())),
            ScheduledJobKind.Reminder => Reminder(slot, day),
            ScheduledJobKind.WeeklyDigest => new(kind, slot, day, week.Previous, null, JobRunStore.Key(kind, week.Previous.ToString())),
            ScheduledJobKind.MonthlyResults => Monthly(slot, day),
            ScheduledJobKind.OverdueAlert or ScheduledJobKind.Retention => new(kind, slot, day, week, null, JobRunStore.Key(kind, Iso(day))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private ScheduledRun Reminder(DateTimeOffset slot, DateOnly day)
    {
        var prompt = CronSlots.LatestAtOrBefore(_team.Schedule.CheckInPrompt.Cron, _team.Team.TimeZone, slot, PromptLookBack);
        var week = prompt is { } promptSlot ? IsoWeek.Containing(LocalDay(promptSlot)) : IsoWeek.Containing(day).Previous;
        return new(ScheduledJobKind.Reminder, slot, day, week, null, JobRunStore.Key(ScheduledJobKind.Reminder, Iso(day)));
    }

    private static ScheduledRun Monthly(DateTimeOffset slot, DateOnly day)
    {
        var month = YearMonth.Containing(day).AddMonths(-1);
        return new(ScheduledJobKind.MonthlyResults, slot, day, month.Weeks[^1], month, JobRunStore.Key(ScheduledJobKind.MonthlyResults, month.ToString()));
    }

    private DateOnly LocalDay(DateTimeOffset moment) => TeamClock.DayOf(moment, _team.Team.TimeZone);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
