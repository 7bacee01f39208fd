using System.Globalization;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Deviations;

/// <summary>
/// Reads a due date typed in the member's locale: the culture's short date (<c>05.12.2026</c> in ru,
/// <c>05/12/2026</c> in en-GB), the same without the year (the next such date from today), or ISO <c>2026-12-05</c>.
/// A date before today is refused, and so is one outside <see cref="SupportedYears"/>.
/// </summary>
public static class DueDateParser
{
    public const int MaxLength = 32;

    public static DueDateParseResult Parse(string? text, CultureInfo culture, DateOnly today)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            return new DueDateParseResult(null, DueDateError.NotADate);
        }

        var date = TryReadFullDate(trimmed, culture) ?? TryWithoutYear(trimmed, culture, today);
        if (date is null)
        {
            return new DueDateParseResult(
                null,
                SupportedYears.IsOutsideIn(trimmed) ? DueDateError.OutsideSupportedYears
                : LooksLikeADate(trimmed) ? DueDateError.NoSuchDate
                : DueDateError.NotADate);
        }

        if (!SupportedYears.Contains(date.Value))
        {
            return new DueDateParseResult(null, DueDateError.OutsideSupportedYears);
        }

        return date < today ? new DueDateParseResult(null, DueDateError.InThePast) : new DueDateParseResult(date, null);
    }

    /// <summary>A date with its year: the culture's short date, <c>d.M.yyyy</c>, <c>d/M/yyyy</c>, ISO, or the same with a two-digit year.</summary>
    public static DateOnly? TryReadFullDate(string text, CultureInfo culture)
    {
        string[] formats = [culture.DateTimeFormat.ShortDatePattern, "d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd", "d.M.yy", "d/M/yy"];
        return DateOnly.TryParseExact(text, formats, culture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Digits in the shape of a date (<c>31.02.2026</c>, <c>2026-13-01</c>, <c>31/4</c>) that the calendar does not have.</summary>
    private static bool LooksLikeADate(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static DateOnly? TryWithoutYear(string text, CultureInfo culture, DateOnly today)
    {
        if (!DateOnly.TryParseExact(text, ["d.M", "d/M"], culture, DateTimeStyles.None, out var parsed))
        {
            return null;
        }

        var thisYear = new DateOnly(today.Year, parsed.Month, Math.Min(parsed.Day, DateTime.DaysInMonth(today.Year, parsed.Month)));
        return thisYear >= today ? thisYear : thisYear.AddYears(1);
    }
}

/// <summary>Why a typed due date was refused.</summary>
public enum DueDateError
{
    NotADate,

    /// <summary>Written as a date, but the calendar has no such day (31.02.2026).</summary>
    NoSuchDate,
    InThePast,

    /// <summary>A date whose year lies outside <see cref="SupportedYears"/>.</summary>
    OutsideSupportedYears,
}

/// <summary>A due date read from a message, or why not.</summary>
public sealed record DueDateParseResult(DateOnly? Date, DueDateError? Error);
