using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// What every digest section reads: the scorecard of the report's week (the same one <c>report --json</c> writes),
/// the stored input it was computed from, the day the digest is made (team zone) and the reader's culture.
/// </summary>
public sealed record DigestContext(
    DigestKind Kind, IsoWeek Week, ScorecardReport Report, ScorecardInput Input, DateOnly AsOf, CultureInfo Culture)
{
    public YearMonth Month => Week.Month;

    /// <summary>The weeks the digest is about: the week, or every week of the month.</summary>
    public IReadOnlyList<IsoWeek> Weeks => Kind == DigestKind.Weekly ? [Week] : [.. Month.Weeks.Where(w => w <= Week)];

    /// <summary>The figures the digest leads with: the week's, or the month's for the monthly results.</summary>
    public PeriodFigures Main(MetricScore score) => DigestFocus.MainFigures(Kind, score);

    /// <summary>The second period shown: month to date in the weekly digest, quarter to date in the monthly results.</summary>
    public PeriodFigures Second(MetricScore score) => Kind == DigestKind.Weekly ? score.Month : score.Quarter;

    public string Language => Culture.TwoLetterISOLanguageName;
}
