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
/// The request behind a previewed plan from last year, so that a press of a choice button can compute it again:
/// the year, the growth, the metric (null: every entered metric) and what to do with incomplete months.
/// </summary>
public sealed class PendingFromLastYear
{
    public int Year { get; set; }

    public decimal Growth { get; set; }

    public string? Metric { get; set; }

    public Domain.Scorecard.IncompleteMonths Incomplete { get; set; }

    /// <summary>How many messages the preview took (a long one is split): one can be edited in place, several are sent again.</summary>
    public int PreviewParts { get; set; } = 1;
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

    /// <summary>What Confirm stores.</summary>
    public List<PendingPlanItem> Items { get; set; } = [];

    /// <summary>
    /// A plan from last year's new figures for months whose plans were set by hand: stored only by the separate
    /// "replace manual plans too" button; Confirm keeps the plans set by hand.
    /// </summary>
    public List<PendingPlanItem> ManualItems { get; set; } = [];

    /// <summary>Set for a plan from last year (<c>/plan fromlastyear</c>); null for <c>/plan set</c>.</summary>
    public PendingFromLastYear? FromLastYear { get; set; }

    public PendingPlanStatus Status { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }
}
