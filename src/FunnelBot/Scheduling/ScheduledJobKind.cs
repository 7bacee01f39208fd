using FunnelBot.Configuration;

namespace FunnelBot.Scheduling;

/// <summary>The six jobs of the <c>Schedule</c> section.</summary>
public enum ScheduledJobKind
{
    CheckInPrompt,
    Reminder,
    WeeklyDigest,
    MonthlyResults,
    OverdueAlert,

    /// <summary>The nightly purge of old bookkeeping records (<see cref="RetentionWork"/>).</summary>
    Retention,
}

/// <summary>A job's stable name (its Quartz job key and the first part of its run keys) and its configured schedule.</summary>
public static class ScheduledJobKinds
{
    public static IReadOnlyList<ScheduledJobKind> All { get; } =
        [
            ScheduledJobKind.CheckInPrompt, ScheduledJobKind.Reminder, ScheduledJobKind.WeeklyDigest, ScheduledJobKind.MonthlyResults,
            ScheduledJobKind.OverdueAlert, ScheduledJobKind.Retention,
        ];

    public static string Name(this ScheduledJobKind kind) => kind switch
    {
        ScheduledJobKind.CheckInPrompt => "checkin-prompt",
        ScheduledJobKind.Reminder => "reminder",
        ScheduledJobKind.WeeklyDigest => "weekly-digest",
        ScheduledJobKind.MonthlyResults => "monthly-results",
        ScheduledJobKind.OverdueAlert => "overdue-alert",
        ScheduledJobKind.Retention => "retention",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ScheduledJobKind? FromName(string name) =>
        All.Cast<ScheduledJobKind?>().FirstOrDefault(kind => string.Equals(kind!.Value.Name(), name, StringComparison.Ordinal));

    public static ScheduledJob Of(this ScheduleConfiguration schedule, ScheduledJobKind kind) => kind switch
    {
        ScheduledJobKind.CheckInPrompt => schedule.CheckInPrompt,
        ScheduledJobKind.Reminder => schedule.Reminder,
        ScheduledJobKind.WeeklyDigest => schedule.WeeklyDigest,
        ScheduledJobKind.MonthlyResults => schedule.MonthlyResults,
        ScheduledJobKind.OverdueAlert => schedule.OverdueAlert,
        ScheduledJobKind.Retention => schedule.Retention,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
