using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Storage;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// The in-memory job store forgets what fired while the bot was down: at start, each job whose slot passed within the
/// catch-up window runs once (during start, before the bot reports started), and a second start does not run it again.
/// </summary>
public sealed class CatchUpTests
{
    private static readonly DateTimeOffset MondayNoonMoscow = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_AfterDowntimeOverTheDigestSlot_DigestPostedOnceAndNotAgainAfterRestart()
    {
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync(MondayNoonMoscow);
        await using var _ = bot;

        await bot.Driver.WaitForMessageAsync(channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        Assert.Contains("week of 23–29 November", bot.Driver.BotMessages(channel.Id)[0].Text, StringComparison.Ordinal);

        // The outbox marks a message sent after Telegram accepted it; stopping in between would resend it (at least once).
        await Eventually.TrueAsync(() => bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);

        await bot.StopBotAsync();
        await bot.StartBotAsync();

        Assert.Empty(bot.Service<CatchUpPlanner>().Due(bot.Time.GetUtcNow()));
        Assert.Single(bot.Logs.Lines, line => line.Contains("Catching up weekly-digest|2026-W48", StringComparison.Ordinal));
        Assert.Equal(2, bot.Driver.BotMessages(channel.Id).Count);
    }

    [Theory]
    [InlineData("2026-11-30T09:00:00Z", 1, new[] { "reminder|2026-11-30", "weekly-digest|2026-W48", "overdue-alert|2026-11-30", "countermeasure-outcomes|2026-W48", "retention|2026-11-30", "backup|2026-11-30" })]
    [InlineData("2026-11-30T09:00:00Z", 3, new[] { "checkin-prompt|2026-W48", "reminder|2026-11-30", "weekly-digest|2026-W48", "overdue-alert|2026-11-30", "countermeasure-outcomes|2026-W48", "retention|2026-11-30", "backup|2026-11-30" })]
    [InlineData("2026-11-30T07:30:00Z", 1, new[] { "reminder|2026-11-30", "overdue-alert|2026-11-30", "retention|2026-11-30", "backup|2026-11-30" })]
    [InlineData("2026-12-01T07:30:00Z", 1, new[] { "weekly-digest|2026-W48", "countermeasure-outcomes|2026-W48", "overdue-alert|2026-12-01", "retention|2026-12-01", "backup|2026-12-01" })]
    [InlineData("2026-12-01T09:00:00Z", 1, new[] { "monthly-results|2026-11", "overdue-alert|2026-12-01", "retention|2026-12-01", "backup|2026-12-01" })]
    [InlineData("2026-12-01T00:20:00Z", 1, new[] { "reminder|2026-11-30", "weekly-digest|2026-W48", "overdue-alert|2026-11-30", "countermeasure-outcomes|2026-W48", "retention|2026-11-30", "backup|2026-11-30" })] // 03:20 in Moscow: last night's purge and backup
    [InlineData("2026-11-30T08:00:00Z", 0, new[] { "weekly-digest|2026-W48" })] // a zero window: only the slot of this very instant
    public void Due_AfterDowntime_LatestMissedSlotOfEachJobWithinTheWindow(string now, int windowDays, string[] expected)
    {
        var team = ScheduleTeams.WithDefaultSchedule("Europe/Moscow", TimeSpan.FromDays(windowDays));
        using var store = new StoreFixture();
        var planner = new CatchUpPlanner(team, new DuePeriods(team), new JobRunStore(store.Database, store.Time));

        var due = planner.Due(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Order(StringComparer.Ordinal), due.Select(run => run.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Due_RunAlreadyRecorded_NotDueAgain()
    {
        var team = ScheduleTeams.WithDefaultSchedule("Europe/Moscow");
        using var store = new StoreFixture();
        var runs = new JobRunStore(store.Database, store.Time);
        var planner = new CatchUpPlanner(team, new DuePeriods(team), runs);
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var before = planner.Due(now);

        foreach (var run in before)
        {
            runs.Record(run.Key, run.Slot);
        }

        Assert.NotEmpty(before);
        Assert.Empty(planner.Due(now));
    }
}
