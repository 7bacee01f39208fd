using System.Globalization;

namespace FunnelBot.Storage;

/// <summary>Whether an A/B test still collects numbers.</summary>
public enum AbTestStatus
{
    Running,
    Finished,
}

/// <summary>
/// An A/B test (collection <c>ab_tests</c>): its id is the short number people see (<c>#2</c>). It compares the conversion
/// from <see cref="TrialMetric"/> to <see cref="ConversionMetric"/> (metric keys, e.g. <c>ad_clicks</c> to <c>ad_leads</c>)
/// between two variants. Dates are calendar dates in the team's zone, stored as <c>yyyy-MM-dd</c>. A finished test keeps
/// its decision, which "what worked" reads.
/// </summary>
public sealed class AbTestDocument
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string TrialMetric { get; set; } = string.Empty;

    public string ConversionMetric { get; set; } = string.Empty;

    public string VariantA { get; set; } = string.Empty;

    public string VariantB { get; set; } = string.Empty;

    /// <summary>The member key of who feeds and answers for the test.</summary>
    public string Owner { get; set; } = string.Empty;

    public string Start { get; set; } = string.Empty;

    public string? End { get; set; }

    public AbTestStatus Status { get; set; }

    public string? Decision { get; set; }

    public string? FinishedBy { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateOnly StartDate => DateText.Read(Start);

    public DateOnly? EndDate => End is null ? null : DateText.Read(End);

    /// <summary>Dates as they are stored.</summary>
    public static class DateText
    {
        public const string Format = "yyyy-MM-dd";

        public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

        public static DateOnly Read(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
    }
}
