using FunnelBot.Domain.Periods;

namespace FunnelBot.Reporting.Digest.Sources;

/// <summary>
/// A cause given for a metric's deviation in a week, with the countermeasure set for it (if any): free text is
/// escaped by the digest.
/// </summary>
public sealed record DeviationNote(
    string MetricKey, IsoWeek Week, string Cause, string? Countermeasure = null, string? TaskOwnerKey = null, DateOnly? Due = null);

/// <summary>
/// Seam for issue 4 (deviations): the causes and countermeasures given for the given weeks (one week for the weekly
/// digest, the month's weeks for the monthly results). Until issue 4 lands there are none and the section is left out.
/// </summary>
public interface IDeviationNotes
{
    IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks);
}

/// <summary>The default until deviations are recorded: no notes.</summary>
public sealed class NoDeviationNotesYet : IDeviationNotes
{
    public IReadOnlyList<DeviationNote> For(IReadOnlyList<IsoWeek> weeks) => [];
}
