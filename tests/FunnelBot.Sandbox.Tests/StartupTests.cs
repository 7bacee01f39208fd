using System.Diagnostics;
using Telegram.Bot;

namespace FunnelBot.Sandbox.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task StartAsync_SideBySide_EachOnItsOwnPortWithItsOwnState()
    {
        await using var first = await BotApiEmulator.StartAsync(new EmulatorOptions());
        await using var second = await BotApiEmulator.StartAsync(new EmulatorOptions());
        var user = first.Driver.CreateUser("Anna");
        var firstBot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-token", baseUrl: first.BaseUrl.ToString()));
        var secondBot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-token", baseUrl: second.BaseUrl.ToString()));

        await firstBot.SendMessage(user.Id, "only here");

        Assert.NotEqual(first.BaseUrl.Port, second.BaseUrl.Port);
        Assert.Equal("only here", Assert.Single(first.Driver.BotMessages(user.Id)).Text);
        Assert.Empty(second.Driver.BotMessages(user.Id));
        Assert.Equal((await firstBot.GetMe()).Username, (await secondBot.GetMe()).Username);
    }

    [Fact]
    public async Task StartAsync_FixedPort_ListensThere()
    {
        int port;
        await using (var first = await BotApiEmulator.StartAsync(new EmulatorOptions()))
        {
            port = first.BaseUrl.Port;
        }

        await using var second = await BotApiEmulator.StartAsync(new EmulatorOptions { Port = port });

        Assert.Equal(port, second.BaseUrl.Port);
    }

    [Fact]
    public async Task DisposeAsync_WhileBotLongPolls_PollEndsPromptly()
    {
        var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-token", baseUrl: emulator.BaseUrl.ToString()));
        var poll = bot.GetUpdates(timeout: 50);
        await emulator.Driver.WaitForPollingAsync(TimeSpan.FromSeconds(10));

        var stopwatch = Stopwatch.StartNew();
        await emulator.DisposeAsync();
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(updates);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_ClientCancels_PollReleasedPromptly()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-token", baseUrl: emulator.BaseUrl.ToString()));
        using var cancel = new CancellationTokenSource();
        var poll = bot.GetUpdates(timeout: 50, cancellationToken: cancel.Token);
        await emulator.Driver.WaitForPollingAsync(TimeSpan.FromSeconds(10));

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        await emulator.Driver.WaitForPollingEndedAsync(TimeSpan.FromSeconds(5));

        Assert.False(emulator.Driver.IsBotPolling);
    }
}
