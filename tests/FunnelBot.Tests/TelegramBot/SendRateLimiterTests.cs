using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.TelegramBot;

/// <summary>Send pacing: a margin below Telegram's overall limit, pauses per chat, and the monotonic timestamp (a wall clock set back or forward changes nothing).</summary>
public sealed class SendRateLimiterTests
{
    [Fact]
    public void BotServices_AsTheBotBuildsThem_SendAtTelegramsLimits()
    {
        using var services = TestServices.Build();

        var limits = services.Service<SendLimits>();

        Assert.Equal(new SendLimits(PrivateChatBurst: 3, GroupPerMinute: 20, OverallPerSecond: 30, OverallMargin: 2), limits);
        Assert.Equal(28, limits.OverallBudget);
    }

    [Fact]
    public void OverallDelay_BudgetSpentWithinASecond_WaitsBelowTelegramsLimit()
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);
        for (var chat = 1; chat < SendLimits.Telegram.OverallBudget; chat++)
        {
            Answered(limiter, chat);
        }

        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
        Answered(limiter, SendLimits.Telegram.OverallBudget);
        time.Elapse(TimeSpan.FromMilliseconds(400));

        // 28 answers within the second: the 29th and 30th, which Telegram would still take, are kept as the margin.
        Assert.Equal(TimeSpan.FromMilliseconds(600), limiter.OverallDelay());
        time.Elapse(TimeSpan.FromMilliseconds(600));
        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
    }

    [Theory]
    [InlineData(-3600)]
    [InlineData(0)]
    [InlineData(3600)]
    public void ChatDelay_WallClockJumps_OnlyElapsedTimeCounts(int jumpSeconds)
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);
        for (var i = 0; i < SendLimits.Telegram.PrivateChatBurst; i++)
        {
            Answered(limiter, 42);
        }

        Assert.Equal(TimeSpan.FromSeconds(SendLimits.Telegram.PrivateChatBurst), limiter.ChatDelay(42));
        time.JumpWallClock(TimeSpan.FromSeconds(jumpSeconds));
        time.Elapse(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(SendLimits.Telegram.PrivateChatBurst - 1), limiter.ChatDelay(42));
        time.Elapse(TimeSpan.FromSeconds(SendLimits.Telegram.PrivateChatBurst));
        Assert.Equal(TimeSpan.Zero, limiter.ChatDelay(42));
    }

    [Fact]
    public void Pause_OneChat_OtherChatsAndTheOverallLimitUntouched()
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);

        limiter.Pause(1, TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.ChatDelay(1));
        Assert.Equal(TimeSpan.Zero, limiter.ChatDelay(2));
        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
        time.Elapse(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, limiter.ChatDelay(1));
    }

    [Fact]
    public void OverallDelay_CallsOnTheirWay_CountAsIfAnsweredNow()
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);
        for (var chat = 1; chat <= 20; chat++)
        {
            Answered(limiter, chat);
        }

        time.Elapse(TimeSpan.FromMilliseconds(300));
        for (var call = 0; call < 7; call++)
        {
            limiter.BeginCall();
        }

        // 20 answered and 7 on their way: one more fits the 28.
        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
        limiter.BeginCall();

        // 28 taken: the next waits until the first answer leaves the window, 700 ms on.
        Assert.Equal(TimeSpan.FromMilliseconds(700), limiter.OverallDelay());
        time.Elapse(TimeSpan.FromMilliseconds(700));
        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
    }

    [Fact]
    public void OverallDelay_BudgetOnItsWay_OnlyACallsEndMakesRoom()
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);
        for (var call = 0; call < SendLimits.Telegram.OverallBudget; call++)
        {
            limiter.BeginCall();
        }

        Assert.Equal(Timeout.InfiniteTimeSpan, limiter.OverallDelay());

        // Refused with 429: Telegram did not count it, so its place is free at once.
        limiter.EndCall(7, counted: false);
        Assert.Equal(TimeSpan.Zero, limiter.OverallDelay());
        Assert.Equal(TimeSpan.Zero, limiter.ChatDelay(7));
    }

    [Fact]
    public void EndCall_Answered_CountsForItsChat()
    {
        var time = new JumpingClock();
        var limiter = new SendRateLimiter(time, SendLimits.Telegram);

        for (var i = 0; i < SendLimits.Telegram.PrivateChatBurst; i++)
        {
            limiter.BeginCall();
            limiter.EndCall(42, counted: i != 0);
        }

        // The first of the three was a 429: two counted, so the chat may have one more now.
        Assert.Equal(TimeSpan.Zero, limiter.ChatDelay(42));
        Answered(limiter, 42);
        Assert.Equal(TimeSpan.FromSeconds(SendLimits.Telegram.PrivateChatBurst), limiter.ChatDelay(42));
    }

    private static void Answered(SendRateLimiter limiter, long chatId)
    {
        limiter.BeginCall();
        limiter.EndCall(chatId, counted: true);
    }

    /// <summary>A clock whose wall time can jump while its monotonic timestamp only moves forward.</summary>
    private sealed class JumpingClock : TimeProvider
    {
        private long _ticks;
        private TimeSpan _wallOffset;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero) + TimeSpan.FromTicks(_ticks) + _wallOffset;

        public void Elapse(TimeSpan span) => _ticks += span.Ticks;

        public void JumpWallClock(TimeSpan jump) => _wallOffset += jump;
    }
}
