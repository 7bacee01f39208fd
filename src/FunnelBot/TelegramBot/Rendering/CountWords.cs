using System.Globalization;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A number with its noun in the form the language wants: "1 неделя", "2 недели", "5 недель", "21 неделя";
/// "1 week", "2 weeks". The forms are texts (<c>{noun}.one</c>, <c>.few</c>, <c>.many</c>); Russian picks by the last
/// two digits, English has one and the rest.
/// </summary>
public static class CountWords
{
    public static string Weeks(int count, CultureInfo culture) => Of(count, "count.weeks", culture);

    /// <summary>"1 метрика", "3 метрики", "5 метрик"; "1 metric", "3 metrics".</summary>
    public static string Metrics(int count, CultureInfo culture) => Of(count, "count.metrics", culture);

    /// <summary>"1 день", "3 дня", "7 дней"; "1 day", "7 days".</summary>
    public static string Days(int count, CultureInfo culture) => Of(count, "count.days", culture);

    /// <summary>"1 неделю назад", "2 недели назад", "98 недель назад"; "1 week ago", "98 weeks ago".</summary>
    public static string WeeksAgo(int count, CultureInfo culture) => Of(count, "count.weeks_ago", culture);

    private static string Of(int count, string noun, CultureInfo culture) =>
        string.Create(culture, $"{count} {BotTexts.Template(noun + "." + Form(count, culture), culture)}");

    private static string Form(int count, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != "ru")
        {
            return count == 1 ? "one" : "many";
        }

        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? "many"
            : last == 1 ? "one"
            : last is >= 2 and <= 4 ? "few"
            : "many";
    }
}
