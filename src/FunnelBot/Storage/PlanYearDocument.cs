namespace FunnelBot.Storage;

/// <summary>
/// One metric's plans of one year as the engine reads them: month m's plan at <c>Months[m - 1]</c> (null where none),
/// the one-week overrides of the year's ISO weeks, and a ratio's target. The year is <see cref="PlanDocument.Year"/>'s:
/// the calendar year of the months, the ISO year of the weeks and of the target. Written with every change of a
/// <see cref="PlanDocument"/>, in its transaction, so that a report reads one document per metric and year instead of
/// one per plan. Id <c>leads|2026</c>; the year is indexed.
/// </summary>
public sealed class PlanYearDocument
{
    public string Id { get; set; } = "";

    public string Metric { get; set; } = "";

    public int Year { get; set; }

    public decimal?[] Months { get; set; } = [];

    public List<PlanYearOverride> Overrides { get; set; } = [];

    public decimal? Target { get; set; }
}

/// <summary>One week's override inside a <see cref="PlanYearDocument"/>.</summary>
public sealed class PlanYearOverride
{
    public int Week { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }
}
