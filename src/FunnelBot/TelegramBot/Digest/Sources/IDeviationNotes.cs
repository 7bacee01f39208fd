using FunnelBot.Domain.Periods;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>
/// A cause given for a metric's deviation in a week, with the countermeasure set for it (if any): free text is
/// escaped by the digest.
/// </summary>
public sealed record DeviationNote(
    string MetricKey, IsoWeek Week, string Cause, string? Countermeasure = null, string? TaskOwnerKey = null, DateOnly? Due = null);

/// <summary>
/// The causes and countermeasures given for the given weeks (one week for the weekly digest, the month's weeks for the
/// monthly results); with none the section is left out.
/// </summary>
public interface IDeviationNotes
{
    IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks);
}
