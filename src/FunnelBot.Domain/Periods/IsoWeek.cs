using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FunnelBot.Domain.Periods;

/// <summary>An ISO-8601 week (Monday to Sunday), written <c>2026-W48</c>.</summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The ISO year must be between 1 and 9998.");
        }

        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {year} has weeks 1 to {ISOWeek.GetWeeksInYear(year)}.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Thursday => Monday.AddDays(3);

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The calendar month that contains this week's Thursday.</summary>
    public YearMonth Month => new(Thursday.Year, Thursday.Month);

    /// <summary>The calendar quarter that contains this week's Thursday.</summary>
    public YearQuarter Quarter => Month.Quarter;

    public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

    public static IsoWeek Containing(DateOnly date) =>
        new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>All weeks of an ISO year, in order.</summary>
    public static IEnumerable<IsoWeek> AllOf(int year)
    {
        var count = WeeksInYear(year);
        for (var week = 1; week <= count; week++)
        {
            yield return new IsoWeek(year, week);
        }
    }

    public IsoWeek AddWeeks(int weeks) => Containing(Monday.AddDays(weeks * 7));

    /// <summary>Whole weeks from this week to <paramref name="later"/>: 1 to the next week, 0 to itself, negative to an earlier one.</summary>
    public int WeeksUntil(IsoWeek later) => (later.Monday.DayNumber - Monday.DayNumber) / 7;

    public IsoWeek Previous => AddWeeks(-1);

    public IsoWeek Next => AddWeeks(1);

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W48.");

    /// <summary>
    /// Parses <c>2026-W48</c> (also <c>2026-w48</c> and <c>2026W48</c>); the week must exist in that year, and the year
    /// lie within <see cref="SupportedYears"/>.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IsoWeek week)
    {
        if (TryRead(text, out week) && SupportedYears.Contains(week.Year))
        {
            return true;
        }

        week = default;
        return false;
    }

    /// <summary>Whether the text is an ISO week whose year lies outside <see cref="SupportedYears"/>.</summary>
    public static bool HasUnsupportedYear(string? text) => TryRead(text, out var week) && !SupportedYears.Contains(week.Year);

    private static bool TryRead([NotNullWhen(true)] string? text, out IsoWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var w = span.IndexOfAny('W', 'w');
        if (w < 4)
        {
            return false;
        }

        var yearPart = span[..w];
        if (yearPart.EndsWith('-'))
        {
            yearPart = yearPart[..^1];
        }

        var weekPart = span[(w + 1)..];
        if (yearPart.Length != 4 || weekPart.Length is < 1 or > 2
            || !int.TryParse(yearPart, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(weekPart, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || year > 9998 || number < 1 || number > WeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }
}
