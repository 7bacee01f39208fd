using System.Globalization;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// When a simple Quartz cron fires, as people say it: "по пятницам в 15:00", "по будням в 10:00", "каждый день в 03:30",
/// "в первый рабочий день месяца в 11:00"; "on Fridays at 15:00". A cron it cannot say in words is shown as written.
/// </summary>
public static class ScheduleWhen
{
    private static readonly string[] DayCodes = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Describe(string cron, CultureInfo culture)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || minute > 59 || hour > 23)
        {
            return cron;
        }

        var time = new TimeOnly(hour, minute).ToString("HH:mm", CultureInfo.InvariantCulture);
        var days = (fields[3], fields[4], fields[5]) switch
        {
            ("?" or "*", "*", "?" or "*") => BotTexts.Template("schedule.every_day", culture),
            ("1W", "*", "?") => BotTexts.Template("schedule.first_workday", culture),
            ("?", "*", var weekdays) => Weekdays(weekdays, culture),
            _ => null,
        };
        return days is null ? cron : BotTexts.Html("schedule.when", culture, days, time);
    }

    /// <summary>The same, starting with a capital letter, to open a sentence.</summary>
    public static string Opening(string cron, CultureInfo culture)
    {
        var text = Describe(cron, culture);
        return text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];
    }

    private static string? Weekdays(string field, CultureInfo culture)
    {
        if (field.ToUpperInvariant() is "MON-FRI" or "2-6")
        {
            return BotTexts.Template("schedule.weekdays", culture);
        }

        var parts = field.Split(',');
        var days = new List<string>();
        foreach (var part in parts)
        {
            var range = part.Split('-');
            var indexes = range.Select(code => Array.IndexOf(DayCodes, code.ToUpperInvariant())).ToList();
            if (indexes.Any(index => index < 0) || indexes.Count > 2)
            {
                return null;
            }

            days.Add(indexes.Count == 1
                ? Day(indexes[0], culture)
                : BotTexts.Html("schedule.day_range", culture, Day(indexes[0], culture), Day(indexes[1], culture)));
        }

        var list = days.Count == 1
            ? days[0]
            : BotTexts.Html("schedule.and", culture, string.Join(", ", days[..^1]), days[^1]);
        return BotTexts.Html("schedule.on_days", culture, list);
    }

    private static string Day(int index, CultureInfo culture) => BotTexts.Template("schedule.day." + DayCodes[index], culture);
}
