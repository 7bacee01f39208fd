using System.Globalization;
using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace FunnelBot.Sandbox.Tests;

/// <summary>Injected latency runs on the emulator's clock, so a test moves time instead of waiting for it.</summary>
public sealed class LatencyFaultTests : EmulatorTestBase
{
    private readonly TimerCountingTimeProvider time = new();

    protected override EmulatorOptions Options => new() { BotToken = Token, TimeProvider = time };

    [Fact]
    public async Task Latency_Injected_HoldsOnlyTheTargetedMethodUntilTheDelayHasPassed()
    {
        var user = Driver.CreateUser("Anna");
        Faults.Latency(1, TimeSpan.FromMilliseconds(300), "sendMessage");

        await Bot.GetMe();
        var send = Bot.SendMessage(user.Id, "slow");
        await WaitUntilAsync(() => time.TimersCreated == 1);
        Assert.Equal(1, Faults.InjectedCount(FaultKind.Latency, "sendMessage"));

        time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.False(send.IsCompleted);
        Assert.Empty(Driver.BotMessages(user.Id));

        time.Advance(TimeSpan.FromMilliseconds(1));
        var sent = await send.WaitAsync(Patience);

        Assert.Equal("slow", sent.Text);
        Assert.Equal(0, Faults.InjectedCount(FaultKind.Latency, "getMe"));
    }

    private sealed class TimerCountingTimeProvider()
        : FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T09:00:00Z", CultureInfo.InvariantCulture))
    {
        private int timersCreated;

        public int TimersCreated => Volatile.Read(ref timersCreated);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref timersCreated);
            return timer;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }
    }
}
