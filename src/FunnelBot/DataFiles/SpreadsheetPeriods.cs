using System.Globalization;
using FunnelBot.Domain.Periods;

namespace FunnelBot.DataFiles;

/// <summary>
/// Weeks and periods in words, written beside their codes in a Russian export so that a person reading the sheet
/// need not decode <c>2026-W48</c>: a week as its Monday and Sunday the way a Russian spreadsheet writes dates
/// (<c>23.11.2026–29.11.2026</c>), a month by name (<c>март 2026</c>), a year as <c>2026 год</c>. Never read back: the
/// codes beside them are what the import reads.
/// </summary>
public static class SpreadsheetPeriods
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>A date as a Russian spreadsheet writes it: <c>23.11.2026</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A week's Monday to Sunday: <c>23.11.2026–29.11.2026</c>.</summary>
    public static string Week(IsoWeek week) => Date(week.Monday) + "–" + Date(week.Sunday);

    /// <summary>The period of a plan's code in words: a month, a week or a year; the code itself when it is none of them.</summary>
    public static string Period(string code) =>
        YearMonth.TryParse(code, out var month) ? string.Create(Russian, $"{Russian.DateTimeFormat.MonthNames[month.Month - 1]} {month.Year:D4}")
        : IsoWeek.TryParse(code, out var week) ? Week(week)
        : code.Length == 4 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? string.Create(CultureInfo.InvariantCulture, $"{year:D4} год")
        : code;
}
