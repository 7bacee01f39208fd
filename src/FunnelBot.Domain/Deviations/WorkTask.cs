namespace FunnelBot.Domain.Deviations;

/// <summary>Whether a countermeasure task is still to be done.</summary>
public enum WorkTaskStatus
{
    Open,
    Done,
}

/// <summary>When a task counts as overdue: after its due date has ended in the team's time zone, while it is open.</summary>
public static class OverdueRule
{
    /// <summary>Overdue from the first moment of the day after the due date (team zone), until closed.</summary>
    public static bool IsOverdue(DateOnly due, WorkTaskStatus status, DateOnly todayInTeamZone) =>
        status == WorkTaskStatus.Open && todayInTeamZone > due;

    /// <summary>The instant a task becomes overdue: midnight after its due date, in the team's zone.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly due, TimeZoneInfo teamZone)
    {
        var midnight = due.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, teamZone.GetUtcOffset(midnight));
    }
}
