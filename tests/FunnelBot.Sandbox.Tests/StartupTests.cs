using System.Diagnostics;
using Telegram.Bot;
using Xunit.Abstractions;

namespace FunnelBot.Sandbox.Tests;

public sealed class StartupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StartAsync_Repeatedly_EachWellUnderASecond()
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions());
            times.Add(stopwatch.Elapsed);
            var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-token", baseUrl: emulator.BaseUrl.ToString()));
            await bot.GetMe();
            output.WriteLine($"start {i}: {times[^1].TotalMilliseconds:F0} ms, with first call {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        }

        Assert.True(times.Skip(1).Max() < TimeSpan.FromSeconds(1));
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
