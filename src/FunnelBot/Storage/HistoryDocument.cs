namespace FunnelBot.Storage;

/// <summary>One change of a stored value or plan: what it was, what it became, who changed it, when and how.</summary>
public sealed class HistoryDocument
{
    /// <summary>Auto-incremented on insert, so ids follow the order of changes.</summary>
    public int Id { get; set; }

    /// <summary>The collection of the changed document, e.g. <c>weekly_values</c>.</summary>
    public string Collection { get; set; } = "";

    /// <summary>The changed document's id, e.g. <c>leads|2026-W10</c>.</summary>
    public string DocumentId { get; set; } = "";

    public string Metric { get; set; } = "";

    public decimal? OldValue { get; set; }

    public decimal? NewValue { get; set; }

    public string? OldNote { get; set; }

    public string? NewNote { get; set; }

    public ChangeSource Source { get; set; }

    public string Who { get; set; } = "";

    public DateTime At { get; set; }
}
