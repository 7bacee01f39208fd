using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// Months and weeks as people say them, in the reader's culture: "декабрь 2026", "февраль и март 2026",
/// "23–29 ноября", "30 ноября – 6 декабря" (no ISO codes).
/// </summary>
public static class PeriodNames
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>The month's name (Russian: nominative, lower case) and its year.</summary>
    public static string Month(YearMonth month, CultureInfo culture) =>
        string.Create(culture, $"{MonthName(month.Month, culture)} {month.Year:D4}");

    /// <summary>A quarter and its year: "IV квартал 2026", "Q4 2026".</summary>
    public static string Quarter(YearQuarter quarter, CultureInfo culture) =>
        string.Format(culture, BotTexts.Template("period.quarter", culture), culture.TwoLetterISOLanguageName == "ru" ? RomanQuarters[quarter.Quarter - 1] : quarter.Quarter.ToString(culture), quarter.Year.ToString("D4", culture));

    /// <summary>A year: "2026 год", "2026".</summary>
    public static string Year(int year, CultureInfo culture) => string.Format(culture, BotTexts.Template("period.year", culture), year.ToString("D4", culture));

    /// <summary>Months in order, their year once after each run of the same year: "ноябрь и декабрь 2026, январь 2027".</summary>
    public static string Months(IEnumerable<YearMonth> months, CultureInfo culture) =>
        string.Join(", ", months.Order().GroupBy(month => month.Year).Select(year =>
            string.Create(culture, $"{List([.. year.Select(month => MonthName(month.Month, culture))], culture)} {year.Key:D4}")));

    /// <summary>Month names without a year, in order: "ноябрь и декабрь".</summary>
    public static string MonthNames(IEnumerable<YearMonth> months, CultureInfo culture) =>
        List([.. months.Order().Select(month => MonthName(month.Month, culture))], culture);

    /// <summary>A week's Monday to Sunday: "23–29 ноября", or "30 ноября – 6 декабря" when the months differ.</summary>
    public static string Week(IsoWeek week, CultureInfo culture) => Days(week.Monday, week.Sunday, culture);

    /// <summary>
    /// Days from one date to another, without the year when both lie in <paramref name="year"/>: "23–29 ноября",
    /// "30 ноября – 6 декабря", "21 декабря 2026 – 3 января 2027".
    /// </summary>
    public static string Days(DateOnly from, DateOnly to, CultureInfo culture, int? year = null)
    {
        if (year is { } shownWithout && (from.Year != shownWithout || to.Year != shownWithout))
        {
            return from.Year == to.Year
                ? string.Create(culture, $"{Days(from, to, culture)} {to.Year:D4}")
                : from.ToString("d MMMM yyyy", culture) + " – " + to.ToString("d MMMM yyyy", culture);
        }

        return from.Month == to.Month && from.Year == to.Year
            ? string.Create(culture, $"{from.Day}–{to.ToString("d MMMM", culture)}")
            : from.ToString("d MMMM", culture) + " – " + to.ToString("d MMMM", culture);
    }

    /// <summary>
    /// A week with its year: "5–11 января 2025", or "29 декабря 2025 – 4 января 2026" when it spans two years; for a
    /// week far from now, which the same days of this year must not be taken for.
    /// </summary>
    public static string WeekWithYear(IsoWeek week, CultureInfo culture) =>
        week.Monday.Year == week.Sunday.Year
            ? string.Create(culture, $"{Week(week, culture)} {week.Sunday.Year:D4}")
            : week.Monday.ToString("d MMMM yyyy", culture) + " – " + week.Sunday.ToString("d MMMM yyyy", culture);

    /// <summary>A week as <see cref="Week(IsoWeek, CultureInfo)"/> when all of it lies in <paramref name="year"/>, else with its year.</summary>
    public static string Week(IsoWeek week, int year, CultureInfo culture) =>
        week.Monday.Year == year && week.Sunday.Year == year ? Week(week, culture) : WeekWithYear(week, culture);

    /// <summary>Weeks in order, each written whole: "2–8 ноября и 16–22 ноября".</summary>
    public static string Weeks(IEnumerable<IsoWeek> weeks, CultureInfo culture) =>
        List([.. weeks.Order().Select(week => Week(week, culture))], culture);

    /// <summary>The text with its first letter in upper case, for a name that starts a sentence.</summary>
    public static string Capitalized(string text, CultureInfo culture) =>
        text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];

    /// <summary>"a", "a и b", "a, b и c" (English: "and").</summary>
    private static string List(List<string> items, CultureInfo culture) =>
        items.Count <= 1 ? string.Concat(items)
            : string.Join(", ", items.Take(items.Count - 1)) + " " + BotTexts.Template("list.and", culture) + " " + items[^1];

    private static string MonthName(int month, CultureInfo culture) => culture.DateTimeFormat.MonthNames[month - 1];
}
