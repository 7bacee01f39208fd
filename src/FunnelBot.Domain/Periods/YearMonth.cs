using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FunnelBot.Domain.Periods;

/// <summary>A calendar month, written <c>2026-03</c>. Its weeks are the ISO weeks whose Thursday falls in it.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9998.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public YearQuarter Quarter => new(Year, ((Month - 1) / 3) + 1);

    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The ISO weeks whose Thursday is in this month (4 or 5), in order.</summary>
    public IReadOnlyList<IsoWeek> Weeks
    {
        get
        {
            var weeks = new List<IsoWeek>(5);
            var firstThursday = FirstDay.AddDays(((int)DayOfWeek.Thursday - (int)FirstDay.DayOfWeek + 7) % 7);
            for (var thursday = firstThursday; thursday.Month == Month; thursday = thursday.AddDays(7))
            {
                weeks.Add(IsoWeek.Containing(thursday));
            }

            return weeks;
        }
    }

    /// <summary>How many ISO weeks have their Thursday in this month (4 or 5), without listing them.</summary>
    public int WeekCount
    {
        get
        {
            var firstThursday = ((int)DayOfWeek.Thursday - (int)FirstDay.DayOfWeek + 7) % 7;
            return ((DateTime.DaysInMonth(Year, Month) - 1 - firstThursday) / 7) + 1;
        }
    }

    public static IEnumerable<YearMonth> AllOf(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            yield return new YearMonth(year, month);
        }
    }

    public static YearMonth Containing(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months) => Containing(FirstDay.AddMonths(months));

    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month such as 2026-03.");

    /// <summary>Parses <c>2026-03</c>; the year must lie within <see cref="SupportedYears"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth month)
    {
        if (TryRead(text, out month) && SupportedYears.Contains(month.Year))
        {
            return true;
        }

        month = default;
        return false;
    }

    /// <summary>Whether the text is a month whose year lies outside <see cref="SupportedYears"/>.</summary>
    public static bool HasUnsupportedYear(string? text) => TryRead(text, out var month) && !SupportedYears.Contains(month.Year);

    private static bool TryRead(string? text, out YearMonth month)
    {
        month = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 7 || span[4] != '-'
            || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998 || number is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }
}
