using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Deviations;

/// <summary>What the overdue-tasks metric needs of a task: when it was created, when it is due, when it was closed.</summary>
public sealed record TaskTimeline(DateTimeOffset CreatedAt, DateOnly Due, DateTimeOffset? ClosedAt);

/// <summary>
/// The automatic metric <c>overdue_tasks</c>: the number of open overdue tasks at the end of a week (Sunday 24:00 in the
/// team's zone), i.e. tasks created before that instant, not closed before it, due on that Sunday or earlier.
/// For the week still in progress the count is taken now. Computed from the tasks, never entered.
/// </summary>
public static class OverdueTasksMetric
{
    public const string Key = "overdue_tasks";

    /// <summary>Open overdue tasks at <paramref name="instant"/>: created by it, not closed by it, due before its date.</summary>
    public static int CountAt(IEnumerable<TaskTimeline> tasks, DateTimeOffset instant, TimeZoneInfo teamZone) =>
        tasks.Count(task => IsOverdueAt(task, instant, teamZone));

    /// <summary>Whether the metric counts the task at <paramref name="instant"/>: created by it, open at it, overdue on its day.</summary>
    public static bool IsOverdueAt(TaskTimeline task, DateTimeOffset instant, TimeZoneInfo teamZone) =>
        task.CreatedAt <= instant
        && (task.ClosedAt is null || task.ClosedAt > instant)
        && OverdueRule.IsOverdue(task.Due, WorkTaskStatus.Open, LocalDay.Of(instant, teamZone));

    /// <summary>The instant a week ends: midnight after its Sunday in the team's zone.</summary>
    public static DateTimeOffset WeekEnd(IsoWeek week, TimeZoneInfo teamZone) => OverdueRule.OverdueFrom(week.Sunday, teamZone);

    /// <summary>The instant a week's value is counted at: its end, or <paramref name="now"/> while it is in progress.</summary>
    public static DateTimeOffset CountedAt(IsoWeek week, DateTimeOffset now, TimeZoneInfo teamZone)
    {
        var end = WeekEnd(week, teamZone);
        return end < now ? end : now;
    }

    /// <summary>
    /// The metric's value for every week from the one in which the first task was created up to the week of
    /// <paramref name="now"/> (which is counted at <paramref name="now"/>; 0 when there are no tasks at all); weeks before
    /// any task have no value, so "last year" stays empty rather than a row of zeros nobody measured.
    /// </summary>
    public static IReadOnlyDictionary<IsoWeek, decimal> WeeklyValues(
        IReadOnlyCollection<TaskTimeline> tasks, DateTimeOffset now, TimeZoneInfo teamZone)
    {
        var values = new Dictionary<IsoWeek, decimal>();
        var current = LocalDay.WeekOf(now, teamZone);
        var first = tasks.Count == 0 ? current : LocalDay.WeekOf(tasks.Min(t => t.CreatedAt), teamZone);
        for (var week = first; week <= current; week = week.Next)
        {
            values[week] = CountAt(tasks, CountedAt(week, now, teamZone), teamZone);
        }

        return values;
    }
}
