namespace FunnelBot.Storage;

/// <summary>
/// One change of a stored value or plan: what it was, what it became, who changed it, when and how. This is what an
/// audit needs, and all it keeps: <see cref="Who"/> (a member key, or <c>cli</c>), <see cref="At"/> (UTC),
/// old -> new value (and note, for plans), and <see cref="Source"/> (the chat: check-in, <c>/edit</c>, <c>/plan</c>; a
/// CSV import, in the chat or on the command line; another command-line tool). An entry is written only when a value
/// or note really changes: a check-in, an import or a plan command that gives a stored value again writes none, and of
/// several rows of one file for the same value only the last is written. Entries are never purged.
/// </summary>
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
