using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// Presses that come too late, twice, from an older message, with data the bot never sent, or from someone else: none of
/// them changes the current question, its buttons or anything stored.
/// </summary>
public sealed class CheckInButtonRaceTests : IAsyncLifetime
{
    private const string Stale = "This button belongs to a finished conversation; nothing was changed.";
    private static readonly IsoWeek Week = new(2026, 48);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync();
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), author);
        _bot.Service<WeeklyValueStore>().Set(new WeeklyValue("leads", Week.Previous, 10m), author);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Skip_TappedTwiceBeforeTheEditLands_SecondIsStaleAndTheNextQuestionKeepsItsButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var question = await StartAsync(anna);
        var skip = Data(question, "Skip");

        // Telegram takes its time with the edit: the second tap still sees the first question's buttons.
        _bot.Emulator.Faults.Latency(1, TimeSpan.FromSeconds(1), "editMessageText");
        var first = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, skip);
        await _bot.Driver.WaitForCallbackAnswerAsync(first, BotTestHost.Timeout);
        Assert.Equal(0, Message(anna, question.MessageId).EditCount);
        var second = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, skip);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(second, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = Message(anna, question.MessageId);
        Assert.Contains("Ad spend (2 of 4)", now.Text, StringComparison.Ordinal);
        Assert.Equal(1, now.EditCount);
        Assert.Contains(now.ReplyMarkup!.Buttons, b => b.Text == "Skip");
        Assert.Equal(1, _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Index);
    }

    [Fact]
    public async Task Button_OnAnEarlierMessageOfTheSameStep_StaleAndTheLatestQuestionKeepsItsButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var question = await StartAsync(anna);

        // A refused answer asks the same question again in a new message: that one is now the question.
        var again = await _bot.SayAsync(anna, "abc");
        Assert.Contains("Leads (1 of 4)", again.Text, StringComparison.Ordinal);
        await _bot.SettledAsync();
        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, Data(question, "0"), force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var latest = Message(anna, again.MessageId);
        Assert.Equal((again.Text, 0), (latest.Text, latest.EditCount));
        Assert.Contains(latest.ReplyMarkup!.Buttons, b => b.Text == "Skip");
        Assert.Equal(question.Text, Message(anna, question.MessageId).Text);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Equal(0, _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Index);

        // The latest question's own buttons still work.
        var next = await _bot.PressAsync(anna, "Same as last week (10)");
        Assert.Equal(again.MessageId, next.MessageId);
        Assert.Contains("Ad spend (2 of 4)", next.Text, StringComparison.Ordinal);
        Assert.Equal(10m, _bot.Service<WeeklyValueStore>().Get("leads", Week));
    }

    [Fact]
    public async Task Button_OfAnEarlierQuestion_StaleAndTheCurrentQuestionKeepsItsButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var question = await StartAsync(anna);
        var current = await _bot.SayAsync(anna, "9");
        Assert.Contains("Ad spend (2 of 4)", current.Text, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, current.MessageId);
        await _bot.SettledAsync();
        var edited = Message(anna, current.MessageId);

        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, Data(question, "Skip"), force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = Message(anna, current.MessageId);
        Assert.Equal((edited.Text, edited.EditCount), (now.Text, now.EditCount));
        Assert.Contains(now.ReplyMarkup!.Buttons, b => b.Text == "Skip");
        Assert.Equal(9m, _bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Equal(1, _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Index);
    }

    [Theory]
    [InlineData("ci:zzzzzzzz:0:k:0")]
    [InlineData("ci:garbage")]
    [InlineData("zz:1:2")]
    [InlineData("")]
    public async Task Button_WithDataTheBotNeverSent_StaleAndTheQuestionUnchanged(string data)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var question = await StartAsync(anna);

        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, question.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal(Stale, answer.Text);
        var now = Message(anna, question.MessageId);
        Assert.Equal((question.Text, 0), (now.Text, now.EditCount));
        Assert.Contains(now.ReplyMarkup!.Buttons, b => b.Text == "Skip");
        Assert.Equal((0, 0), (_bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Index, _bot.Service<CheckInStore>().Find(TestTeam.Anna)!.Version));
    }

    [Fact]
    public async Task Button_PressedBySomeoneElse_StaleAndTheQuestionUnchanged()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        var question = await StartAsync(anna);

        // Telegram shows a private chat to its two parties only; a press from another account there is forged.
        var query = await _bot.Driver.PressButtonAsync(ivan.Id, anna.Id, question.MessageId, Data(question, "0"), force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);
        await _bot.SettledAsync();

        Assert.Equal("Эта кнопка уже не действует: разговор закончен. Ничего не изменено.", answer.Text);
        var now = Message(anna, question.MessageId);
        Assert.Equal((question.Text, 0), (now.Text, now.EditCount));
        Assert.NotEmpty(now.ReplyMarkup!.Buttons);
        Assert.Null(_bot.Service<WeeklyValueStore>().Get("leads", Week));
        Assert.Null(_bot.Service<CheckInStore>().Find(TestTeam.Ivan));
    }

    private async Task<ChatMessage> StartAsync(SandboxUser user)
    {
        await _bot.SayAsync(user, "/checkin");
        var question = await _bot.Driver.WaitForMessageAsync(user.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SettledAsync();
        return question;
    }

    private ChatMessage Message(SandboxUser user, int messageId) => _bot.Driver.Messages(user.Id).Single(m => m.MessageId == messageId);

    private static string Data(ChatMessage message, string text) => message.ReplyMarkup!.Buttons.First(b => b.Text == text).CallbackData!;
}
