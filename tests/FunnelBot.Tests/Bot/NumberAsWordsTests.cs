using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// A number is not a reason: typed where the check-in asks for words (an own cause, a countermeasure, what worked) it
/// is not stored; the bot says it looks like a number and offers to correct the value or to type the words.
/// </summary>
public sealed class NumberAsWordsTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var author = new ChangeAuthor("test", ChangeSource.Cli);

        // November 2026 has 4 ISO weeks: 10 leads a week, 5 calls a week.
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("calls", new YearMonth(2026, 11), 20m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private DeviationStore Deviations => _bot.Service<DeviationStore>();

    [Fact]
    public async Task NumberAtTheWhyQuestion_NotACause_CorrectTheValueGoesBackToIt()
    {
        var anna = await StartCheckInAsync();
        var why = await _bot.SayAsync(anna, "7");
        Assert.Contains("Why is Leads below plan", why.Text, StringComparison.Ordinal);
        Assert.Contains(why.ReplyMarkup!.Buttons, b => b.Text == "◀ Correct the value"); // the why screen has a way back

        var number = await _bot.SayAsync(anna, "12");

        Assert.Equal("“12” looks like a number, not words. To correct the value of Leads, press “Correct the value”; otherwise type it in words.", number.Text);
        Assert.Equal(["◀ Correct the value", "Type it in words"], number.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(Deviations.Find("leads", Week));

        var question = await _bot.PressAsync(anna, "◀ Correct the value");
        Assert.Contains("Leads (1 of 4)", question.Text, StringComparison.Ordinal);
        var corrected = await _bot.SayAsync(anna, "11");

        Assert.Equal(11m, _bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Contains("Ad spend (2 of 4)", corrected.Text, StringComparison.Ordinal);
        Assert.Null(Deviations.Find("leads", Week));
    }

    [Fact]
    public async Task MoneyAtTheCountermeasure_NoTask_TypeInWordsAsksAgainAndTakesTheWords()
    {
        var anna = await StartCheckInAsync();
        await _bot.SayAsync(anna, "7");
        await _bot.PressAsync(anna, "Click plan missed");
        await _bot.PressAsync(anna, "➡ Done");

        var number = await _bot.SayAsync(anna, "1 850 000 руб");

        Assert.StartsWith("“1 850 000 руб” looks like a number, not words.", number.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Service<WorkTaskStore>().All());

        var again = await _bot.PressAsync(anna, "Type it in words");
        Assert.Contains("What will be done about Leads?", again.Text, StringComparison.Ordinal);
        var owner = await _bot.SayAsync(anna, "Raise bids on brand keywords");

        Assert.Contains("Who will do it?", owner.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Service<WorkTaskStore>().All());
        Assert.Equal(["click_plan_missed"], Deviations.Find("leads", Week)!.Causes);
    }

    [Fact]
    public async Task NumberAsOwnCause_InRussian_NotStored()
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Иван", languageCode: "ru");
        await _bot.SayAsync(ivan, "/checkin");
        await _bot.Driver.WaitForMessageAsync(ivan.Id, m => m.Text?.Contains("(1 из 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SayAsync(ivan, "2");
        await _bot.PressAsync(ivan, "Другое…");

        var number = await _bot.SayAsync(ivan, "2");

        Assert.Equal(
            "«2» похоже на число, а здесь нужны слова. Чтобы исправить значение метрики «Проведённые звонки», нажмите «Исправить значение»; иначе напишите словами.",
            number.Text);
        Assert.Equal(["◀ Исправить значение", "Написать словами"], number.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Null(Deviations.Find("calls", Week));

        var own = await _bot.SayAsync(ivan, "2 клиента перенесли встречи");

        Assert.Equal("2 клиента перенесли встречи", Deviations.Find("calls", Week)!.OtherText);
        Assert.Contains(own.ReplyMarkup!.Buttons, b => b.Text == "Без контрмеры"); // on to the countermeasure
    }

    private async Task<SandboxUser> StartCheckInAsync()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        return anna;
    }
}
