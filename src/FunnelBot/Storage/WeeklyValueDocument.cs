namespace FunnelBot.Storage;

/// <summary>One metric's value for one ISO week. Id <c>leads|2026-W10</c>.</summary>
public sealed class WeeklyValueDocument
{
    public string Id { get; set; } = "";

    public string Metric { get; set; } = "";

    /// <summary>The ISO year of the week (indexed: a report loads two years).</summary>
    public int IsoYear { get; set; }

    public int Week { get; set; }

    public decimal Value { get; set; }

    /// <summary>When the current value was entered (UTC): after its week's end, the entry was late.</summary>
    public DateTime EnteredAt { get; set; }

    public string EnteredBy { get; set; } = "";

    public ChangeSource Source { get; set; }

    /// <summary>
    /// The value breaks a funnel rule and whoever entered it confirmed it is right. Added after the first version: a
    /// document without it reads as false (not confirmed), so no migration is needed; a new value clears it.
    /// </summary>
    public bool FunnelConfirmed { get; set; }
}
