using System.Globalization;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>Dates as the bot shows them, in the reader's culture.</summary>
public static class Dates
{
    /// <summary>
    /// A date as people say it, the one style for every date the bot writes for reading: "8 декабря", "8 December"
    /// (a due date reads «до 8 декабря»).
    /// </summary>
    public static string Day(DateOnly date, CultureInfo culture) => date.ToString("d MMMM", culture);

    /// <summary>Day and abbreviated month for a chart's axis, where space is short: "16 нояб.", "16 Nov". Not for texts.</summary>
    public static string AxisLabel(DateOnly date, CultureInfo culture) => date.ToString("d MMM", culture);

    /// <summary>The culture's short date, e.g. "23/11/2026" or "23.11.2026": what a person types, for examples of input.</summary>
    public static string Numeric(DateOnly date, CultureInfo culture) => date.ToString("d", culture);

    /// <summary>A time of day on the 24-hour clock, e.g. "14:35".</summary>
    public static string TimeOfDay(DateTime local, CultureInfo culture) => local.ToString("HH:mm", culture);
}
