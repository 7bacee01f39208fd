using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>Overdue tasks from the task store.</summary>
public sealed class StoredOverdueTasks : IOverdueTasks
{
    private readonly WorkTaskStore _tasks;
    private readonly TeamConfiguration _team;

    public StoredOverdueTasks(WorkTaskStore tasks, TeamConfiguration team)
    {
        _tasks = tasks;
        _team = team;
    }

    public IReadOnlyList<OverdueTask> Overdue(DateOnly today) =>
        [.. _tasks.OverdueOn(today).OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new OverdueTask(t.Id, t.Title, t.Owner, t.DueDate, t.Metric))];

    public IReadOnlyList<OverdueTask> OverdueAt(DateTimeOffset instant) =>
        [.. _tasks.All()
            .Select(task => (Task: task, Timeline: task.ToTimeline()))
            .Where(t => OverdueTasksMetric.IsOverdueAt(t.Timeline, instant, _team.Team.TimeZone))
            .OrderBy(t => t.Task.DueDate).ThenBy(t => t.Task.Id)
            .Select(t => new OverdueTask(t.Task.Id, t.Task.Title, t.Task.Owner, t.Task.DueDate, t.Task.Metric, t.Timeline.ClosedAt))];
}
