namespace FunnelBot.Storage;

/// <summary>
/// One metric's weekly values of one ISO year, in week order: week w at <c>Weeks[w - 1]</c>, null where no value is
/// stored. Written with every change of a <see cref="WeeklyValueDocument"/>, in its transaction, so that a report reads
/// one document per metric and year instead of up to 53. Id <c>leads|2026</c>; the year is indexed.
/// </summary>
public sealed class WeeklyValueYearDocument
{
    public string Id { get; set; } = "";

    public string Metric { get; set; } = "";

    public int IsoYear { get; set; }

    public decimal?[] Weeks { get; set; } = [];
}
