using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>The refusal of a week, month, year or date outside <see cref="SupportedYears"/>, naming the range.</summary>
public static class OutsideYearsText
{
    private const int MaxShown = 40;

    public static string Html(string typed, CultureInfo culture) =>
        BotTexts.Html("date.outside_years", culture, typed.Length > MaxShown ? typed[..MaxShown] + "…" : typed, SupportedYears.First, SupportedYears.Last);

    /// <summary>The refusal when <paramref name="typed"/> is a week, month, year or date of another year; otherwise null.</summary>
    public static string? For(string typed, CultureInfo culture) => SupportedYears.IsOutsideIn(typed) ? Html(typed, culture) : null;
}
