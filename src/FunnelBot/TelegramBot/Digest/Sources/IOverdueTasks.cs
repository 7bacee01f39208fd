namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>A countermeasure task past its due date, as the digest and the overdue alert show it.</summary>
public sealed record OverdueTask(string Id, string Title, string OwnerKey, DateOnly Due, string? MetricKey = null);

/// <summary>What pressing "done" or "+7 days" under an overdue alert did.</summary>
public enum TaskActionResult
{
    Done,
    Postponed,
    NotFound,
    NotYours,
}

/// <summary>
/// The overdue tasks of a day and the two actions of the overdue alert's buttons. The task id travels in callback
/// data, so it must be at most 50 ASCII characters.
/// </summary>
public interface IOverdueTasks
{
    /// <summary>Open tasks whose due date is before <paramref name="today"/> (team zone), oldest first.</summary>
    IReadOnlyList<OverdueTask> Overdue(DateOnly today);

    /// <summary>Marks the task done (pressing twice must be harmless).</summary>
    TaskActionResult Complete(string taskId, string memberKey);

    /// <summary>Moves the due date <paramref name="days"/> later than today (so pressing twice does not add 14 days).</summary>
    TaskActionResult Postpone(string taskId, int days, string memberKey);
}
