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

/// <summary>
/// One change of a task: when, who, and what as data (its kind and dates), so that the history reads in the reader's
/// language. Dates are stored as <c>yyyy-MM-dd</c>.
/// </summary>
public sealed class WorkTaskChange
{
    public DateTime At { get; set; }

    public string Who { get; set; } = string.Empty;

    public WorkTaskChangeKind Kind { get; set; }

    /// <summary>For <see cref="WorkTaskChangeKind.Created"/>: the member the task was set for.</summary>
    public string? Owner { get; set; }

    /// <summary>For <see cref="WorkTaskChangeKind.DueMoved"/>: the due date before.</summary>
    public string? DueFrom { get; set; }

    /// <summary>For <see cref="WorkTaskChangeKind.Created"/> and <see cref="WorkTaskChangeKind.DueMoved"/>: the due date set.</summary>
    public string? DueTo { get; set; }
}
