using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox;
using FunnelBot.Sandbox.Faults;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Members;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Delivery under Telegram's limits and failures: nothing lost, nothing doubled, no token in the logs.</summary>
public sealed class DeliveryTests
{
    private static readonly IsoWeek Week = new(2026, 48);
    private static readonly EmulatorOptions FloodLimitsOn = new() { FloodLimits = FloodLimitOptions.TelegramDefaults };

    [Fact]
    public async Task Prompt_HundredMembersWithFloodLimits_EveryMessageArrivesOnceAndNoneRefused()
    {
        await using var bot = await BotTestHost.StartAsync(LargeTeam.Configuration(100), emulatorOptions: FloodLimitsOn);
        var users = LargeTeam.Bind(bot, 100);

        var prompted = bot.Service<CheckInPrompts>().Prompt(Week);

        // Each of the 100 gets one message, the intro above the first question (anna and ivan never started the bot: not prompted).
        Assert.Equal(100, prompted.Count);
        foreach (var chat in users)
        {
            await bot.Driver.WaitForMessageAsync(chat, m => m.Text?.Contains("(1 of 1)", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));
        }

        Assert.All(users, chat => Assert.Single(bot.Driver.BotMessages(chat)));

        // The sender keeps its margin below the emulator's 30 a second and counts as it counts: not one call refused.
        Assert.Equal(0, bot.Emulator.Faults.FloodRejectedCount());
        Assert.Equal(100, bot.Driver.RequestCount("sendMessage"));
    }

    [Fact]
    public async Task Prompt_TooManyRequestsForOneChat_OnlyThatChatWaitsAndGetsItsPromptOnceAfterIt()
    {
        await using var bot = await BotTestHost.StartAsync(LargeTeam.Configuration(20), emulatorOptions: FloodLimitsOn);
        var users = LargeTeam.Bind(bot, 20);
        var paused = users[0];
        bot.Emulator.Faults.TooManyRequests(1, retryAfterSeconds: 8, "sendMessage", chatId: paused);

        bot.Service<CheckInPrompts>().Prompt(Week);

        // The other 19 get their prompt while the one chat sits out its retry_after.
        foreach (var chat in users.Skip(1))
        {
            await bot.Driver.WaitForMessageAsync(chat, m => m.Text?.Contains("(1 of 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        }

        Assert.Equal(1, bot.Emulator.Faults.InjectedCount(FaultKind.TooManyRequests));
        Assert.Empty(bot.Driver.BotMessages(paused));
        await bot.Driver.WaitForMessageAsync(paused, m => m.Text?.Contains("(1 of 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await bot.WaitForOutboxAsync();
        Assert.All(users, chat => Assert.Single(bot.Driver.BotMessages(chat)));
        Assert.Equal(0, bot.Emulator.Faults.FloodRejectedCount());
    }

    [Fact]
    public async Task CheckIn_WithInjectedFaults_NoAnswerLostOrAppliedTwice()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/checkin");
        await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);

        // The faults hit the replies, whichever request carries each: an edit of the question message in place, or a
        // new question message when an answer came before the one above it was delivered.
        bot.Emulator.Faults.TooManyRequests(3, retryAfterSeconds: 1, chatId: anna.Id);
        bot.Emulator.Faults.ServerErrors(2, 502, chatId: anna.Id);
        bot.Emulator.Faults.DropConnections(2, chatId: anna.Id);
        bot.Emulator.Faults.DropConnections(2, method: "getUpdates");
        bot.Emulator.Faults.ServerErrors(2, 500, method: "getUpdates");

        string[] answers = ["11", "1000", "40", "5"];
        foreach (var answer in answers)
        {
            await bot.Driver.SendTextAsync(anna.Id, answer);
        }

        var summary = await bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Numbers for the week of 23–29 November", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(90));
        Assert.Contains("Qualified leads: 5", summary.Text, StringComparison.Ordinal);
        var values = bot.Service<WeeklyValueStore>();
        Assert.Equal(11m, values.Get("leads", Week));
        Assert.Equal(1000m, values.Get("ad_spend", Week));
        Assert.Equal(40m, values.Get("open_rate", Week));
        Assert.Equal(5m, values.Get("qualified", Week));
        Assert.All(["leads", "ad_spend", "open_rate", "qualified"], metric => Assert.Single(values.History(metric, Week)));

        // Each answer's reply arrived exactly once: every question was shown once, in the chat's messages and their edits
        // (an edit keeps the text it replaced as it was sent, with its tags).
        var texts = bot.Driver.BotMessages(anna.Id)
            .SelectMany(m => m.PreviousTexts.Append(m.Text ?? string.Empty))
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, "<[^>]+>", string.Empty))
            .ToList();
        Assert.Single(texts, t => t.Contains("Ad spend (2 of 4)", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("Open rate (3 of 4)", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("Qualified leads (4 of 4)", StringComparison.Ordinal));
        Assert.Equal(3, bot.Emulator.Faults.InjectedCount(FaultKind.TooManyRequests));
        Assert.Equal(4, bot.Emulator.Faults.InjectedCount(FaultKind.ServerError));
        Assert.Equal(4, bot.Emulator.Faults.InjectedCount(FaultKind.DroppedConnection));

        var secret = bot.Emulator.Options.BotToken.Split(':')[1];
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prompt_MemberWhoBlockedTheBot_MarkedUnreachableAndOthersStillServed()
    {
        await using var bot = await BotTestHost.StartAsync();
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var ivan = await bot.JoinAsync("ivan_calls", "Ivan");
        await bot.Driver.BlockBotAsync(anna.Id);

        bot.Service<CheckInPrompts>().Prompt(Week);

        await bot.Driver.WaitForMessageAsync(ivan.Id, m => m.Text?.Contains("Проведённые звонки (1 из 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        var bindings = bot.Service<MemberBindingStore>();
        await Eventually.TrueAsync(() => bindings.ForMember(TestTeam.Anna)?.Unreachable == true, BotTestHost.Timeout);
        Assert.Contains("blocked", bindings.ForMember(TestTeam.Anna)!.UnreachableReason, StringComparison.Ordinal);
    }
}
