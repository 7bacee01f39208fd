namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>
/// A countermeasure task past its due date, as the digest and the overdue alert show it; <paramref name="ClosedAt"/> is
/// set when it was closed after the moment it was counted as overdue.
/// </summary>
public sealed record OverdueTask(int Number, string Title, string OwnerKey, DateOnly Due, string? MetricKey = null, DateTimeOffset? ClosedAt = null);

/// <summary>The overdue tasks of a day. Closing or moving one goes through <c>Tasks/TaskActions</c>, like any task.</summary>
public interface IOverdueTasks
{
    /// <summary>Open tasks whose due date is before <paramref name="today"/> (team zone), oldest first.</summary>
    IReadOnlyList<OverdueTask> Overdue(DateOnly today);

    /// <summary>
    /// The tasks the <c>overdue_tasks</c> metric counts at <paramref name="instant"/> (created by then, open then, due
    /// before that day), oldest first, with the close of those done since: the list that agrees with the metric.
    /// </summary>
    IReadOnlyList<OverdueTask> OverdueAt(DateTimeOffset instant);
}
