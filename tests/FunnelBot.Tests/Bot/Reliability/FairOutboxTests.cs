using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.State;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot.Reliability;

/// <summary>
/// The outbox under failures and floods: chats served in turn, each chat's messages strictly in order, a failure or a
/// 429 holding back only its own chat, file bytes outside the queued rows, and a capped queue per chat.
/// </summary>
public sealed class FairOutboxTests
{
    private static readonly string HelpHeader = BotTexts.Template("help.header", BotTexts.English);

    [Fact]
    public async Task Send_FailsForOneChat_OtherChatServedAndTheFailedChatKeepsItsOrder()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        var before = bot.LastMessageId(anna.Id);
        bot.Emulator.Faults.ServerErrors(3, 502, "sendMessage", chatId: anna.Id);

        for (var n = 1; n <= 4; n++)
        {
            await bot.Driver.SendTextAsync(anna.Id, $"/task Call list {n}");
        }

        await Eventually.TrueAsync(() => bot.Emulator.Faults.InjectedCount(FaultKind.ServerError) >= 1, BotTestHost.Timeout);
        var help = await bot.SayAsync(maria, "/help");

        // Anna's first reply waits for its retries (1 s, 2 s, 4 s) and nothing of hers may overtake it.
        Assert.Contains(HelpHeader, help.Text, StringComparison.Ordinal);
        Assert.Empty(NewBotMessages(bot, anna.Id, before));
        await Eventually.TrueAsync(() => NewBotMessages(bot, anna.Id, before).Count == 4, TimeSpan.FromSeconds(30));
        Assert.Equal(TaskTitles(4), TitlesIn(NewBotMessages(bot, anna.Id, before), 4));
        Assert.Equal(3, bot.Emulator.Faults.InjectedCount(FaultKind.ServerError, "sendMessage"));
    }

    [Fact]
    public async Task Outage_ForEveryChat_EachChatGetsItsRepliesInOrderAndNoneTwice()
    {
        await using var bot = await BotTestHost.StartAsync();
        var users = new[] { await bot.JoinAsync("anna_ads", "Anna"), await bot.JoinAsync("maria_lead", "Maria"), await bot.JoinAsync("ivan_calls", "Ivan", "ru") };
        var before = users.ToDictionary(u => u.Id, u => bot.LastMessageId(u.Id));
        bot.Emulator.Faults.ServerErrors(8, 502, "sendMessage");

        for (var n = 1; n <= 5; n++)
        {
            foreach (var user in users)
            {
                await bot.Driver.SendTextAsync(user.Id, $"/task Call list {n}");
            }
        }

        foreach (var user in users)
        {
            await Eventually.TrueAsync(() => NewBotMessages(bot, user.Id, before[user.Id]).Count >= 5, TimeSpan.FromSeconds(40));
        }

        await bot.SettledAsync();
        foreach (var user in users)
        {
            var received = NewBotMessages(bot, user.Id, before[user.Id]);
            Assert.Equal(5, received.Count);
            Assert.Equal(TaskTitles(5), TitlesIn(received, 5));
        }

        // Fifteen tasks from three chats at once, each under its own number.
        Assert.Equal(15, bot.Service<WorkTaskStore>().All().Select(t => t.Id).Distinct().Count());
        Assert.Equal(8, bot.Emulator.Faults.InjectedCount(FaultKind.ServerError, "sendMessage"));
    }

    [Fact]
    public async Task TooManyRequests_ForOneChat_PausesThatChatOnly()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        var before = bot.LastMessageId(anna.Id);
        bot.Emulator.Faults.TooManyRequests(1, retryAfterSeconds: 4, "sendMessage", chatId: anna.Id);

        await bot.Driver.SendTextAsync(anna.Id, "/help");
        await Eventually.TrueAsync(() => bot.Emulator.Faults.InjectedCount(FaultKind.TooManyRequests) == 1, BotTestHost.Timeout);
        var help = await bot.SayAsync(maria, "/help");

        Assert.Contains(HelpHeader, help.Text, StringComparison.Ordinal);
        Assert.Empty(NewBotMessages(bot, anna.Id, before));
        var annas = await bot.Driver.WaitForMessageAsync(anna.Id, before, BotTestHost.Timeout);
        Assert.Contains(HelpHeader, annas.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flood_FromOneChat_QueueCappedWithOneNoteAndTheRestUnanswered()
    {
        var configuration = TestTeam.Configuration();
        configuration["Access"] = new System.Text.Json.Nodes.JsonObject { ["PendingRepliesPerChat"] = 5 };
        await using var bot = await BotTestHost.StartAsync(configuration);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var maria = await bot.JoinAsync("maria_lead", "Maria");
        var before = bot.LastMessageId(anna.Id);
        bot.Emulator.Faults.ServerErrors(1000, 502, "sendMessage", chatId: anna.Id);

        for (var n = 1; n <= 9; n++)
        {
            await bot.Driver.SendTextAsync(anna.Id, "/help");
        }

        await Eventually.TrueAsync(() => bot.Driver.PendingUpdates.Count == 0 && bot.Service<FunnelBot.TelegramBot.Polling.UpdateInboxStore>().Pending().Count == 0, BotTestHost.Timeout);
        var outbox = bot.Service<OutboxStore>();
        Assert.Equal(6, outbox.CountFor(anna.Id));
        var help = await bot.SayAsync(maria, "/help");
        Assert.Contains(HelpHeader, help.Text, StringComparison.Ordinal);

        bot.Emulator.Faults.Clear();
        await Eventually.TrueAsync(() => outbox.CountFor(anna.Id) == 0, TimeSpan.FromSeconds(40));
        var received = NewBotMessages(bot, anna.Id, before);
        Assert.Equal(6, received.Count);
        Assert.All(received.Take(5), m => Assert.Contains(HelpHeader, m.Text, StringComparison.Ordinal));
        Assert.Equal(BotTexts.Template("limit.backlog", BotTexts.English), received[5].Text);
    }

    [Fact]
    public async Task Chart_WhileItsChatIsHeldBack_BytesWaitOutsideTheQueuedRowAndLeaveWithIt()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        bot.Emulator.Faults.ServerErrors(2, 502, "sendPhoto", chatId: anna.Id);
        var before = bot.LastMessageId(anna.Id);

        await bot.Driver.SendTextAsync(anna.Id, "/chart");
        await Eventually.TrueAsync(() => bot.Emulator.Faults.InjectedCount(FaultKind.ServerError, "sendPhoto") >= 1, BotTestHost.Timeout);

        var database = bot.Service<FunnelDatabase>();
        var row = Assert.Single(database.Raw("outbox").FindAll());
        Assert.False(row.ContainsKey("File"));
        var file = Assert.Single(database.Raw("outbox_files").FindAll());
        Assert.Equal(file["_id"], row["FileId"]);
        Assert.True(file["Content"].AsBinary.Length > 1000);

        var chart = await bot.Driver.WaitForMessageAsync(anna.Id, before, TimeSpan.FromSeconds(30));
        Assert.NotNull(chart.Attachment);
        await bot.WaitForOutboxAsync();
        Assert.Equal(0, database.Raw("outbox_files").Count());
    }

    private static List<ChatMessage> NewBotMessages(BotTestHost bot, long chatId, int after) =>
        [.. bot.Driver.BotMessages(chatId).Where(m => m.MessageId > after)];

    private static List<string> TaskTitles(int count) => [.. Enumerable.Range(1, count).Select(n => $"Call list {n}")];

    /// <summary>The task titles the messages name, in the order the messages came.</summary>
    private static List<string> TitlesIn(IEnumerable<ChatMessage> messages, int count) =>
        [.. messages.Select(m => TaskTitles(count).SingleOrDefault(title => m.Text?.Contains(title, StringComparison.Ordinal) == true) ?? "?")];
}
