namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>A countermeasure task past its due date, as the digest and the overdue alert show it.</summary>
public sealed record OverdueTask(int Number, string Title, string OwnerKey, DateOnly Due, string? MetricKey = null);

/// <summary>The overdue tasks of a day. Closing or moving one goes through <c>Tasks/TaskActions</c>, like any task.</summary>
public interface IOverdueTasks
{
    /// <summary>Open tasks whose due date is before <paramref name="today"/> (team zone), oldest first.</summary>
    IReadOnlyList<OverdueTask> Overdue(DateOnly today);
}
