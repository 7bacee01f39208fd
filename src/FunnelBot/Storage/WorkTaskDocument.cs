using FunnelBot.Domain.Deviations;

namespace FunnelBot.Storage;

/// <summary>A countermeasure task (collection <c>tasks</c>); its id is the short number people type (<c>/done 12</c>).</summary>
public sealed class WorkTaskDocument
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    /// <summary>The due date as <c>yyyy-MM-dd</c>: a calendar date in the team's zone, not an instant.</summary>
    public string Due { get; set; } = string.Empty;

    public WorkTaskStatus Status { get; set; }

    /// <summary>The metric and week whose deviation the task answers, when it came from a check-in.</summary>
    public string? Metric { get; set; }

    public string? Week { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public List<WorkTaskChange> History { get; set; } = [];

    public DateOnly DueDate => DateOnly.ParseExact(Due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the overdue-tasks rule needs of the task (its instants are stored as UTC).</summary>
    public TaskTimeline ToTimeline() => new(
        new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)),
        DueDate,
        ClosedAt is { } closed ? new DateTimeOffset(DateTime.SpecifyKind(closed, DateTimeKind.Utc)) : null);
}

/// <summary>One change of a task: who, when, what (e.g. "due 2026-12-05 -> 2026-12-12").</summary>
public sealed class WorkTaskChange
{
    public DateTime At { get; set; }

    public string Who { get; set; } = string.Empty;

    public string What { get; set; } = string.Empty;
}
