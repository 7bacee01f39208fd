using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.Tests.TelegramBot;

/// <summary>How far back a week was ("98 недель назад") and a week far from now by its dates and year.</summary>
public sealed class WeekWordsTests
{
    [Theory]
    [InlineData("ru", 1, "1 неделю назад")]
    [InlineData("ru", 2, "2 недели назад")]
    [InlineData("ru", 4, "4 недели назад")]
    [InlineData("ru", 5, "5 недель назад")]
    [InlineData("ru", 11, "11 недель назад")]
    [InlineData("ru", 12, "12 недель назад")]
    [InlineData("ru", 14, "14 недель назад")]
    [InlineData("ru", 21, "21 неделю назад")]
    [InlineData("ru", 53, "53 недели назад")]
    [InlineData("ru", 98, "98 недель назад")]
    [InlineData("ru", 111, "111 недель назад")]
    [InlineData("ru", 1455, "1455 недель назад")]
    [InlineData("en", 1, "1 week ago")]
    [InlineData("en", 53, "53 weeks ago")]
    [InlineData("en", 1455, "1455 weeks ago")]
    public void WeeksAgo_AnyCount_TheFormTheNumberNeeds(string language, int weeks, string expected)
    {
        Assert.Equal(expected, CountWords.WeeksAgo(weeks, BotTexts.CultureOf(language)));
    }

    [Theory]
    [InlineData("ru", "2025-W02", "6–12 января 2025")]
    [InlineData("ru", "2025-W01", "30 декабря 2024 – 5 января 2025")]
    [InlineData("ru", "2026-W05", "26 января – 1 февраля 2026")]
    [InlineData("en", "1999-W01", "4–10 January 1999")]
    [InlineData("en", "2026-W53", "28 December 2026 – 3 January 2027")]
    public void WeekWithYear_AnyWeek_DatesAndYear(string language, string week, string expected)
    {
        Assert.Equal(expected, PeriodNames.WeekWithYear(IsoWeek.Parse(week), BotTexts.CultureOf(language)));
    }

    [Theory]
    [InlineData("2026-W47", 2026, "16–22 ноября")]
    [InlineData("2026-W47", 2027, "16–22 ноября 2026")]
    [InlineData("2026-W01", 2026, "29 декабря 2025 – 4 января 2026")]
    public void Week_InAGivenYear_TheYearOnlyWhenTheWeekIsNotAllInIt(string week, int year, string expected)
    {
        Assert.Equal(expected, PeriodNames.Week(IsoWeek.Parse(week), year, BotTexts.Russian));
    }
}
