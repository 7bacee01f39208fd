using System.Globalization;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>Dates as the bot shows them, in the reader's culture.</summary>
public static class Dates
{
    /// <summary>Day and abbreviated month, e.g. "23 Nov" or "23 нояб.".</summary>
    public static string DayAndMonth(DateOnly date, CultureInfo culture) => date.ToString("d MMM", culture);

    /// <summary>The culture's short date, e.g. "23/11/2026" or "23.11.2026".</summary>
    public static string Numeric(DateOnly date, CultureInfo culture) => date.ToString("d", culture);

    /// <summary>A time of day on the 24-hour clock, e.g. "14:35".</summary>
    public static string TimeOfDay(DateTime local, CultureInfo culture) => local.ToString("HH:mm", culture);
}
