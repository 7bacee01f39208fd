namespace FunnelBot.Storage;

/// <summary>A stored plan. Ids: <c>leads|2026-03</c> (month), <c>leads|2026-W10</c> (week override), <c>win_rate|2026</c> (ratio target).</summary>
public sealed class PlanDocument
{
    public string Id { get; set; } = "";

    public string Metric { get; set; } = "";

    public PlanKind Kind { get; set; }

    /// <summary>Calendar year of a month, ISO year of a week or of a ratio target (indexed).</summary>
    public int Year { get; set; }

    /// <summary>Month or week number; 0 for a ratio target.</summary>
    public int Number { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public ChangeSource Source { get; set; }

    /// <summary>How the figure was made; absent in documents written before it was kept, which read as <see cref="PlanOrigin.Manual"/>.</summary>
    public PlanOrigin Origin { get; set; }

    public PlanEntry ToEntry() => new(Metric, Kind, Year, Number, Value, Note);
}
