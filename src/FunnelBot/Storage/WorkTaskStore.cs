using System.Globalization;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>A new task as the check-in or <c>/task</c> asks for it.</summary>
public sealed record NewWorkTask(string Title, string Owner, string CreatedBy, DateOnly Due, string? Metric = null, IsoWeek? Week = null);

/// <summary>Countermeasure tasks with their short numbers and a history of every change.</summary>
public sealed class WorkTaskStore
{
    public const string CollectionName = "tasks";
    private readonly ILiteCollection<WorkTaskDocument> _tasks;
    private readonly DataVersion _changes;
    private readonly TimeProvider _time;

    public WorkTaskStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _changes = database.Changes;
        _tasks = database.Collection<WorkTaskDocument>(CollectionName);
        _tasks.EnsureIndex(t => t.Owner);
        _tasks.EnsureIndex(t => t.Status);
        _tasks.EnsureIndex(t => t.Week);
    }

    /// <summary>Creates the task with the next free number and returns it.</summary>
    public WorkTaskDocument Create(NewWorkTask task)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var document = new WorkTaskDocument
        {
            Title = task.Title,
            Owner = task.Owner,
            CreatedBy = task.CreatedBy,
            CreatedAt = now,
            Due = DateText(task.Due),
            Status = WorkTaskStatus.Open,
            Metric = task.Metric,
            Week = task.Week?.ToString(),
            History = [new WorkTaskChange { At = now, Who = task.CreatedBy, Kind = WorkTaskChangeKind.Created, Owner = task.Owner, DueTo = DateText(task.Due) }],
        };
        _changes.Bump();

        // LiteDB numbers it (Id 0 = next in the collection's sequence) under the collection's write lock, so two
        // updates handled at the same time never take the same number; a rolled-back one leaves a gap.
        _tasks.Insert(document);
        return document;
    }

    public WorkTaskDocument? Find(int number) => _tasks.FindById(number);

    public IReadOnlyList<WorkTaskDocument> Open() => [.. _tasks.Find(t => t.Status == WorkTaskStatus.Open).OrderBy(t => t.Id)];

    public IReadOnlyList<WorkTaskDocument> All() => [.. _tasks.FindAll().OrderBy(t => t.Id)];

    /// <summary>Open tasks whose due date has ended by <paramref name="today"/> (team zone).</summary>
    public IReadOnlyList<WorkTaskDocument> OverdueOn(DateOnly today) =>
        [.. Open().Where(t => OverdueRule.IsOverdue(t.DueDate, t.Status, today))];

    public IReadOnlyList<WorkTaskDocument> ForWeek(string metric, IsoWeek week) =>
        [.. ForWeek(week).Where(t => t.Metric == metric)];

    /// <summary>The tasks set as countermeasures for a metric in <paramref name="week"/>, every metric, by number.</summary>
    public IReadOnlyList<WorkTaskDocument> ForWeek(IsoWeek week)
    {
        var weekText = week.ToString();
        return [.. _tasks.Find(t => t.Week == weekText).OrderBy(t => t.Id)];
    }

    /// <summary>Closes a task now, or at <paramref name="closedAt"/> for a closing that happened earlier (the sandbox's demo history).</summary>
    public void Close(int number, string who, DateTime? closedAt = null)
    {
        var task = _tasks.FindById(number) ?? throw new InvalidOperationException($"Task {number} does not exist.");
        var now = closedAt ?? _time.GetUtcNow().UtcDateTime;
        task.Status = WorkTaskStatus.Done;
        task.ClosedAt = now;
        task.ClosedBy = who;
        task.History.Add(new WorkTaskChange { At = now, Who = who, Kind = WorkTaskChangeKind.Done });
        _changes.Bump();
        _tasks.Update(task);
    }

    public void Move(int number, DateOnly due, string who)
    {
        var task = _tasks.FindById(number) ?? throw new InvalidOperationException($"Task {number} does not exist.");
        task.History.Add(new WorkTaskChange { At = _time.GetUtcNow().UtcDateTime, Who = who, Kind = WorkTaskChangeKind.DueMoved, DueFrom = task.Due, DueTo = DateText(due) });
        task.Due = DateText(due);
        _changes.Bump();
        _tasks.Update(task);
    }

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
