namespace FunnelBot.Storage;

/// <summary>Where a pending plan change stands: waiting for Confirm, stored, or dropped (cancelled or stale).</summary>
public enum PendingPlanStatus
{
    Pending,
    Confirmed,
    Cancelled,
    Stale,
}

/// <summary>One plan of a pending change: what Confirm stores and the stored value the manager was shown before it.</summary>
public sealed class PendingPlanItem
{
    public string Metric { get; set; } = "";

    public PlanKind Kind { get; set; }

    public int Year { get; set; }

    public int Number { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    /// <summary>The stored value when the preview was shown; null when there was none.</summary>
    public decimal? OldValue { get; set; }

    public string? OldNote { get; set; }

    public PlanEntry ToEntry() => new(Metric, Kind, Year, Number, Value, Note);

    public static PendingPlanItem From(PlanEntry plan, PlanEntry? old) => new()
    {
        Metric = plan.Metric,
        Kind = plan.Kind,
        Year = plan.Year,
        Number = plan.Number,
        Value = plan.Value,
        Note = plan.Note,
        OldValue = old?.Value,
        OldNote = old?.Note,
    };
}

/// <summary>
/// A plan change the manager previewed in the chat (<c>/plan set</c>, <c>/plan fromlastyear</c>): nothing is stored in
/// the plans until Confirm. Only its <see cref="Id"/> travels in the buttons' callback data.
/// </summary>
public sealed class PendingPlanChangeDocument
{
    public string Id { get; set; } = "";

    /// <summary>The member key of the manager who asked.</summary>
    public string Who { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public List<PendingPlanItem> Items { get; set; } = [];

    public PendingPlanStatus Status { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }
}
