using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Storage;

/// <summary>
/// Why a metric's weekly value was off plan (collection <c>deviations</c>, id <c>metric|week</c>): the causes chosen,
/// the member's own words, what worked (for a positive deviation) and the countermeasure (a task, or none).
/// </summary>
public sealed class DeviationDocument
{
    public string Id { get; set; } = string.Empty;

    public string Metric { get; set; } = string.Empty;

    public int IsoYear { get; set; }

    public int Week { get; set; }

    public DeviationKind Kind { get; set; }

    public List<string> Causes { get; set; } = [];

    public string? OtherText { get; set; }

    public string? WhatWorked { get; set; }

    public int? TaskNumber { get; set; }

    /// <summary>The member chose "no countermeasure" on purpose (recorded, not merely missing).</summary>
    public bool NoCountermeasure { get; set; }

    /// <summary>Actual minus the week's plan when the reason was given.</summary>
    public decimal Deviation { get; set; }

    public string ReportedBy { get; set; } = string.Empty;

    public DateTime At { get; set; }
}
