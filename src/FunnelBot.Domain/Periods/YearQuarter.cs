using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FunnelBot.Domain.Periods;

/// <summary>A calendar quarter, written <c>2026-Q4</c>. Its weeks are those of its three months.</summary>
public readonly record struct YearQuarter : IComparable<YearQuarter>
{
    public YearQuarter(int year, int quarter)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9998.");
        }

        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be between 1 and 4.");
        }

        Year = year;
        Quarter = quarter;
    }

    public int Year { get; }

    public int Quarter { get; }

    public IReadOnlyList<YearMonth> Months =>
        [new(Year, (Quarter * 3) - 2), new(Year, (Quarter * 3) - 1), new(Year, Quarter * 3)];

    public IReadOnlyList<IsoWeek> Weeks => [.. Months.SelectMany(m => m.Weeks)];

    public int CompareTo(YearQuarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    public static bool operator <(YearQuarter left, YearQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(YearQuarter left, YearQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearQuarter left, YearQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearQuarter left, YearQuarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");

    public static YearQuarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter such as 2026-Q4.");

    /// <summary>Parses <c>2026-Q4</c> (also <c>2026-q4</c>); the year must lie within <see cref="SupportedYears"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearQuarter quarter)
    {
        if (TryRead(text, out quarter) && SupportedYears.Contains(quarter.Year))
        {
            return true;
        }

        quarter = default;
        return false;
    }

    /// <summary>Whether the text is a quarter whose year lies outside <see cref="SupportedYears"/>.</summary>
    public static bool HasUnsupportedYear(string? text) => TryRead(text, out var quarter) && !SupportedYears.Contains(quarter.Year);

    private static bool TryRead(string? text, out YearQuarter quarter)
    {
        quarter = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 7 || span[4] != '-' || (span[5] != 'Q' && span[5] != 'q')
            || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998 || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new YearQuarter(year, number);
        return true;
    }
}
