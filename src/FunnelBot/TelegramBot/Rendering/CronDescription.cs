using System.Globalization;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A readable form of the simple Quartz cron expressions FunnelBot's schedule uses ("0 0 15 ? * FRI" is "Fri 15:00"
/// in English, "пт 15:00" in Russian). Anything more elaborate is shown as written.
/// </summary>
public static class CronDescription
{
    private static readonly string[] DayCodes = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Describe(string cron, CultureInfo culture)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || fields[3] != "?" || fields[4] != "*")
        {
            return cron;
        }

        var days = fields[5].Split(',').Select(part => DescribeDays(part, culture)).ToList();
        if (days.Any(d => d is null))
        {
            return cron;
        }

        var time = new TimeOnly(hour % 24, minute % 60).ToString("HH:mm", culture);
        return string.Join(", ", days) + " " + time;
    }

    private static string? DescribeDays(string part, CultureInfo culture)
    {
        var range = part.Split('-');
        var names = range.Select(code => Array.IndexOf(DayCodes, code.ToUpperInvariant())).ToList();
        if (names.Any(index => index < 0) || names.Count > 2)
        {
            return null;
        }

        var abbreviated = names.Select(index => culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)index));
        return string.Join("–", abbreviated);
    }
}
