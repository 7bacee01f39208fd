using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.Tests.Bot.Support;
using Quartz;

namespace FunnelBot.Tests.Retention;

/// <summary>The retention job in the running bot: scheduled nightly at 03:30 in the team's zone, fired by its trigger, once a night.</summary>
public sealed class RetentionJobTests
{
    private static readonly DateTimeOffset ThreeInMoscow = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 0, 30, 0, TimeSpan.Zero); // 03:30 in Moscow

    [Fact]
    public async Task Trigger_AtHalfPastThreeInTheTeamsZone_PurgesAndLogsOneLineWithCounts()
    {
        await using var bot = await BotTestHost.StartAsync(now: ThreeInMoscow);
        var runs = bot.Service<JobRunStore>();
        var notices = bot.Service<ChatNoticeStore>();
        runs.Record("weekly-digest|2025-W01", ThreeInMoscow.AddDays(-500));
        runs.Record("weekly-digest|2025-W02", ThreeInMoscow.AddDays(-493));
        notices.MarkTold(-100, new DateOnly(2026, 11, 1));
        notices.MarkTold(-200, new DateOnly(2026, 11, 26));
        var trigger = await (await bot.Service<ISchedulerFactory>().GetScheduler()).GetTrigger(new TriggerKey("retention"));

        bot.Time.SetUtcNow(Slot.AddSeconds(1));
        await Eventually.TrueAsync(() => runs.HasRun("retention|2026-11-27"), BotTestHost.Timeout);

        // The counts are logged right after the purge commits: wait for the line, not only for the run record.
        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(line => line.Contains("Retention retention|2026-11-27: removed", StringComparison.Ordinal)), BotTestHost.Timeout);

        Assert.Equal(Slot, trigger!.NextFireTimeUtc);
        Assert.Single(bot.Logs.Lines, line => line.Contains(
            "Retention retention|2026-11-27: removed 0 handled update(s), 1 job run(s), 1 chat notice(s), 0 invitation(s), 0 bind request(s), 0 sent keyboard(s)",
            StringComparison.Ordinal));
        Assert.False(runs.HasRun("weekly-digest|2025-W01"));
        Assert.True(runs.HasRun("weekly-digest|2025-W02")); // the digest's latest run
        Assert.False(notices.WasToldOn(-100, new DateOnly(2026, 11, 1)));
        Assert.True(notices.WasToldOn(-200, new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public async Task Runner_SameNightTwice_RunsOnce()
    {
        await using var bot = await BotTestHost.StartAsync(now: Slot.AddHours(1));
        var runner = bot.Service<ScheduledJobRunner>();

        var first = await runner.RunAsync(RetentionJob.Declaration, Slot.AddHours(1), CancellationToken.None);
        var second = await runner.RunAsync(RetentionJob.Declaration, Slot.AddHours(2), CancellationToken.None);

        Assert.Null(first); // caught up at start already: the slot passed while the bot was down
        Assert.Null(second);
        Assert.True(bot.Service<JobRunStore>().HasRun("retention|2026-11-27"));
        Assert.Single(bot.Logs.Lines, line => line.Contains("Retention retention|2026-11-27: removed", StringComparison.Ordinal));
    }
}
