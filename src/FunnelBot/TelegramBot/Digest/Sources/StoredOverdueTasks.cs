using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>Overdue tasks from the task store, and the overdue alert's buttons (only the owner or the manager may act).</summary>
public sealed class StoredOverdueTasks : IOverdueTasks
{
    private readonly WorkTaskStore _tasks;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public StoredOverdueTasks(WorkTaskStore tasks, TeamConfiguration team, TimeProvider time)
    {
        _tasks = tasks;
        _team = team;
        _time = time;
    }

    public IReadOnlyList<OverdueTask> Overdue(DateOnly today) =>
        [.. _tasks.OverdueOn(today).OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new OverdueTask(t.Id.ToString(CultureInfo.InvariantCulture), t.Title, t.Owner, t.DueDate, t.Metric))];

    public TaskActionResult Complete(string taskId, string memberKey)
    {
        var (task, refusal) = Find(taskId, memberKey);
        if (task is null)
        {
            return refusal;
        }

        if (task.Status == Domain.Deviations.WorkTaskStatus.Open)
        {
            _tasks.Close(task.Id, memberKey);
        }

        return TaskActionResult.Done;
    }

    public TaskActionResult Postpone(string taskId, int days, string memberKey)
    {
        var (task, refusal) = Find(taskId, memberKey);
        if (task is null)
        {
            return refusal;
        }

        var due = Today().AddDays(days);
        if (task.Status == Domain.Deviations.WorkTaskStatus.Open && task.DueDate != due)
        {
            _tasks.Move(task.Id, due, memberKey);
        }

        return TaskActionResult.Postponed;
    }

    private (WorkTaskDocument? Task, TaskActionResult Refusal) Find(string taskId, string memberKey)
    {
        if (!int.TryParse(taskId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || _tasks.Find(number) is not { } task)
        {
            return (null, TaskActionResult.NotFound);
        }

        var isManager = _team.FindMember(memberKey)?.Role == MemberRole.Manager;
        return task.Owner == memberKey || isManager ? (task, TaskActionResult.Done) : (null, TaskActionResult.NotYours);
    }

    private DateOnly Today() => TeamClock.DayOf(_time.GetUtcNow(), _team.Team.TimeZone);
}
