using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FunnelBot.Domain.Periods;

/// <summary>
/// The one range of years the bot reads anywhere: <see cref="First"/> to <see cref="Last"/>. ISO weeks, months,
/// quarters, years and dates outside it are refused where they are parsed (the chat, data files, the command line), so
/// that no date arithmetic (last year, a week back, a year of weeks) can leave what <see cref="DateOnly"/> holds.
/// </summary>
public static class SupportedYears
{
    public const int First = 1900;

    public const int Last = 2999;

    public static bool Contains(int year) => year is >= First and <= Last;

    public static bool Contains(DateOnly date) => Contains(date.Year);

    /// <summary>
    /// Whether <paramref name="text"/> is written as an ISO week, a month, a quarter, a year or a date with its year
    /// (<c>yyyy-MM-dd</c>, <c>d.M.yyyy</c>, <c>d/M/yyyy</c>) but its year lies outside the range: the reason to give
    /// instead of "not a week" or "not a date".
    /// </summary>
    public static bool IsOutsideIn([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        return IsoWeek.HasUnsupportedYear(trimmed) || YearMonth.HasUnsupportedYear(trimmed) || YearQuarter.HasUnsupportedYear(trimmed)
            || IsUnsupportedYear(trimmed) || IsUnsupportedDate(trimmed);
    }

    private static bool IsUnsupportedYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && !Contains(year);

    private static bool IsUnsupportedDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && !Contains(date);
}
