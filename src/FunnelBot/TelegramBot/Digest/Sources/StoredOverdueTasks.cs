using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>Overdue tasks from the task store.</summary>
public sealed class StoredOverdueTasks : IOverdueTasks
{
    private readonly WorkTaskStore _tasks;

    public StoredOverdueTasks(WorkTaskStore tasks)
    {
        _tasks = tasks;
    }

    public IReadOnlyList<OverdueTask> Overdue(DateOnly today) =>
        [.. _tasks.OverdueOn(today).OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new OverdueTask(t.Id, t.Title, t.Owner, t.DueDate, t.Metric))];
}
