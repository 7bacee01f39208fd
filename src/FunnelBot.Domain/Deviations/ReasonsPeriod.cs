using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Deviations;

/// <summary>
/// The period of a <c>/reasons</c> view: a quarter (<c>2026-Q4</c>), a month (<c>2026-11</c>) or a year (<c>2026</c>),
/// covering the ISO weeks whose Thursday lies in it (as every report does). <see cref="Label"/> is its code; exactly one
/// of <see cref="Quarter"/>, <see cref="Month"/> and <see cref="Year"/> says what it is, for naming it in words.
/// </summary>
public sealed record ReasonsPeriod(string Label, IsoWeek First, IsoWeek Last)
{
    public YearQuarter? Quarter { get; init; }

    public YearMonth? Month { get; init; }

    public int? Year { get; init; }

    public static ReasonsPeriod Of(YearQuarter quarter) => FromWeeks(quarter.ToString(), quarter.Weeks) with { Quarter = quarter };

    public static ReasonsPeriod Of(YearMonth month) => FromWeeks(month.ToString(), month.Weeks) with { Month = month };

    public static ReasonsPeriod OfYear(int year)
    {
        var weeks = IsoWeek.AllOf(year).ToList();
        return new ReasonsPeriod(year.ToString("D4", CultureInfo.InvariantCulture), weeks[0], weeks[^1]) { Year = year };
    }

    /// <summary>Reads <c>2026-Q4</c>, <c>2026-11</c> or <c>2026</c>; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReasonsPeriod? period)
    {
        var trimmed = text?.Trim().ToUpperInvariant();
        period = null;
        if (YearQuarter.TryParse(trimmed, out var quarter))
        {
            period = Of(quarter);
        }
        else if (YearMonth.TryParse(trimmed, out var month))
        {
            period = Of(month);
        }
        else if (trimmed is { Length: 4 } && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 2000 && SupportedYears.Contains(year))
        {
            period = OfYear(year);
        }

        return period is not null;
    }

    private static ReasonsPeriod FromWeeks(string label, IReadOnlyList<IsoWeek> weeks) => new(label, weeks[0], weeks[^1]);
}
