using System.Globalization;
using FunnelBot.Domain.Away;

namespace FunnelBot.Storage;

/// <summary>What the manager answered to the offer to set an absent member's plans to 0.</summary>
public enum PlanOfferAnswer
{
    /// <summary>No offer made yet, or not answered.</summary>
    Open,

    /// <summary>The week overrides (0, with the note) were stored.</summary>
    PlansZeroed,

    /// <summary>The manager said no; the plans stay as they are.</summary>
    Declined,
}

/// <summary>
/// An absence (collection <c>away</c>): its id is the short number people see (<c>#3</c>). The dates are calendar dates
/// in the team's zone, stored as <c>yyyy-MM-dd</c>. A cancelled absence is kept, marked so.
/// </summary>
public sealed class AwayDocument
{
    public int Id { get; set; }

    public string Member { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public bool Cancelled { get; set; }

    public string? CancelledBy { get; set; }

    public DateTime? CancelledAt { get; set; }

    public PlanOfferAnswer PlanOffer { get; set; }

    public string? PlanOfferAnsweredBy { get; set; }

    public AbsencePeriod Period => new(DateText.Read(From), DateText.Read(To));

    /// <summary>Dates as they are stored.</summary>
    public static class DateText
    {
        public const string Format = "yyyy-MM-dd";

        public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

        public static DateOnly Read(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
    }
}
