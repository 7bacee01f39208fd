using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// A Friday prompt stopped half way (the host stopping while it runs) and run again after a restart: every member is
/// prompted once, those reached before the stop are not prompted again, and the week's key is recorded only at the end.
/// </summary>
public sealed class PromptRoundRestartTests
{
    private const int Members = 12;
    private const int ReachedBeforeTheStop = 5;
    private static readonly DateTimeOffset FridayPrompt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckInPrompt_StoppedHalfWayThenRunAfterRestart_EveryMemberPromptedOnce()
    {
        await using var bot = await BotTestHost.StartAsync(LargeTeam.Configuration(Members), now: FridayPrompt.AddHours(-1));
        var chats = LargeTeam.Bind(bot, Members);
        using var stopping = new CancellationTokenSource();
        var queued = 0;
        void StopAfterSome(object? sender, IReadOnlyCollection<long> chatsQueued)
        {
            if (++queued == ReachedBeforeTheStop)
            {
                stopping.Cancel();
            }
        }

        var outbox = bot.Service<OutboxStore>();
        outbox.Enqueued += StopAfterSome;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => bot.Service<ScheduledJobRunner>().RunAsync(CheckInPromptJob.Declaration, FridayPrompt, stopping.Token));
        outbox.Enqueued -= StopAfterSome;

        var runs = bot.Service<JobRunStore>();
        Assert.False(runs.HasRun("checkin-prompt|2026-W48"));
        Assert.Equal(
            Enumerable.Range(0, Members).Select(i => i < ReachedBeforeTheStop).ToList(),
            Enumerable.Range(0, Members).Select(i => runs.HasRun($"checkin-prompt|2026-W48|m{i}")).ToList());

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var again = await bot.Service<ScheduledJobRunner>().RunAsync(CheckInPromptJob.Declaration, FridayPrompt, CancellationToken.None);

        Assert.Equal("checkin-prompt|2026-W48", again?.Key);
        foreach (var chat in chats)
        {
            await bot.Driver.WaitForMessageAsync(chat, m => m.Text?.Contains("(1 of 1)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        }

        await bot.WaitForOutboxAsync();
        Assert.All(chats, chat => Assert.Single(bot.Driver.BotMessages(chat)));
        Assert.True(bot.Service<JobRunStore>().HasRun("checkin-prompt|2026-W48"));
    }
}
