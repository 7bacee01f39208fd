using FunnelBot.Domain.Periods;

namespace FunnelBot.TelegramBot.Digest.Sources;

/// <summary>A countermeasure task as the digest names it.</summary>
public sealed record DigestCountermeasure(string Title, string OwnerKey, DateOnly Due);

/// <summary>
/// What was said about a metric's week: the causes (in the team's language, with the member's own words and what
/// worked), empty when only a countermeasure was set; and its countermeasures. Free text is escaped by the digest.
/// </summary>
public sealed record DeviationNote(string MetricKey, IsoWeek Week, string Cause, IReadOnlyList<DigestCountermeasure> Countermeasures);

/// <summary>
/// The causes and countermeasures given for the given weeks (one week for the weekly digest, the month's weeks for the
/// monthly results); with none the section is left out.
/// </summary>
public interface IDeviationNotes
{
    IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks);
}
