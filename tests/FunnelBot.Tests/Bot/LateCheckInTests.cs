using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// A check-in of a past week (now: Friday 2026-11-27, week 2026-W48) names its week by its dates in every question, so
/// that it cannot be taken for this week's; this week's questions stay as they were.
/// </summary>
public sealed class LateCheckInTests : IAsyncLifetime
{
    private static readonly IsoWeek LastWeek = new(2026, 47);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("en", "Leads (1 of 4) · for 16–22 November\nPlan for the week: 10", "These are the numbers for the week of 16–22 November.", "Ad spend (2 of 4) · for 16–22 November")]
    [InlineData("ru", "Лиды (1 из 4) · за 16–22 ноября\nПлан на неделю: 10", "Это цифры за неделю 16–22 ноября.", "Расход на рекламу (2 из 4) · за 16–22 ноября")]
    public async Task LateCheckIn_EveryQuestionNamesItsWeek(string language, string first, string weekLine, string second)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna", language);
        await _bot.SayAsync(anna, "/checkin 2026-W47");
        var question = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
        Assert.StartsWith(language == "en" ? "Check-in for the week of 16–22 November: 4 metrics." : "Опрос за неделю 16–22 ноября: 4 метрики.", question.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + first, question.Text, StringComparison.Ordinal);

        // 13 against a plan of 10 is worth a question (what worked?): it names the week too.
        var why = await _bot.SayAsync(anna, "13");
        Assert.EndsWith(weekLine, why.Text, StringComparison.Ordinal);
        Assert.NotNull(why.ReplyMarkup);

        var next = await _bot.PressAsync(anna, language == "en" ? "Skip" : "Пропустить");
        Assert.Contains(second, next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(weekLine, next.Text, StringComparison.Ordinal);

        var summary = await _bot.PressAsync(anna, language == "en" ? "✓ Finish" : "✓ Завершить");
        Assert.EndsWith(weekLine, summary.Text, StringComparison.Ordinal);
        Assert.Equal(13m, _bot.Service<WeeklyValueStore>().Get("leads", LastWeek));
    }

    [Fact]
    public async Task CurrentWeekCheckIn_QuestionsWithoutAWeek()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        var question = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);

        var why = await _bot.SayAsync(anna, "13");

        Assert.Contains("\n\nLeads (1 of 4)\nPlan for the week: 10", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("week of", why.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" · for ", why.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateCheckIn_WeekOfLastYear_NamedWithItsYear()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Анна", "ru");
        await _bot.SayAsync(anna, "/checkin 2026-W01");

        var question = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);

        Assert.Contains("\n\nЛиды (1 из 4) · за 29 декабря 2025 – 4 января 2026\n", question.Text, StringComparison.Ordinal);
    }
}
