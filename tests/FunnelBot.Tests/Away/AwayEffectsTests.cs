using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Away;

/// <summary>What an absence changes in the scheduled work: prompts, reminders, overdue reminders and the digest.</summary>
public sealed class AwayEffectsTests
{
    private static readonly DateTimeOffset FridayPrompt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero); // 15:00 Moscow
    private static readonly DateTimeOffset MondayReminder = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero); // 10:00 Moscow
    private static readonly DateTimeOffset FridayTen = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DigestSlot = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PromptAndReminder_OwnerAwayForTheWeek_OnlyTheOthersAsked()
    {
        await using var bot = await BotTestHost.StartAsync(now: FridayPrompt.AddHours(-1));
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var ivan = await bot.JoinAsync("ivan_calls", "Ivan", "ru");
        await bot.SayAsync(anna, "/away 2026-W48 sick leave");
        var annaBefore = bot.LastMessageId(anna.Id);
        var runner = bot.Service<ScheduledJobRunner>();

        var ivanBefore = bot.LastMessageId(ivan.Id);
        await runner.RunAsync(CheckInPromptJob.Declaration, FridayPrompt, CancellationToken.None);
        await bot.Driver.WaitForMessageAsync(ivan.Id, ivanBefore, BotTestHost.Timeout);
        ivanBefore = bot.LastMessageId(ivan.Id);
        bot.Time.SetUtcNow(MondayReminder);
        await runner.RunAsync(ReminderJob.Declaration, MondayReminder, CancellationToken.None);
        await bot.Driver.WaitForMessageAsync(ivan.Id, ivanBefore, BotTestHost.Timeout);

        await Eventually.TrueAsync(() => bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);
        Assert.DoesNotContain(bot.Driver.BotMessages(anna.Id), m => m.MessageId > annaBefore);
        var runs = bot.Service<JobRunStore>();
        Assert.True(runs.HasRun("checkin-prompt|2026-W48|ivan"));
        Assert.False(runs.HasRun("checkin-prompt|2026-W48|anna"));
    }

    [Fact]
    public async Task OverdueAlert_OwnerAwayToday_ChannelNamesTheTaskButNoPrivateReminder()
    {
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync(FridayTen.AddHours(-1));
        await using var _ = bot;
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        var ivan = await bot.JoinAsync("ivan_calls", "Ivan");
        var tasks = bot.Service<WorkTaskStore>();
        tasks.Create(new NewWorkTask("Call back ACME", "anna", "maria", new DateOnly(2026, 11, 20)));
        tasks.Create(new NewWorkTask("Fix the call script", "ivan", "maria", new DateOnly(2026, 11, 24)));
        await bot.SayAsync(anna, "/away 26/11/2026 27/11/2026");
        var before = (Anna: bot.LastMessageId(anna.Id), Ivan: bot.LastMessageId(ivan.Id));

        await bot.Service<ScheduledJobRunner>().RunAsync(OverdueAlertJob.Declaration, FridayTen, CancellationToken.None);

        var post = await bot.Driver.WaitForMessageAsync(channel.Id, _ => true, BotTestHost.Timeout);
        await bot.Driver.WaitForMessageAsync(ivan.Id, before.Ivan, BotTestHost.Timeout);
        await Eventually.TrueAsync(() => bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);
        Assert.Contains("Anna:\n• Call back ACME", post.Text, StringComparison.Ordinal);
        Assert.Contains("Ivan:\n• Fix the call script", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Driver.BotMessages(anna.Id), m => m.MessageId > before.Anna);
    }

    [Fact]
    public async Task WeeklyDigest_OwnerAwayForTheWeek_ListedAsAwayNotMissing()
    {
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync();
        await using var _ = bot;
        ScheduleTestHost.SeedNovember(bot.Services);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.SayAsync(anna, "/away 2026-W48 conference");

        await bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);

        await bot.Driver.WaitForMessageAsync(channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var text = bot.Driver.BotMessages(channel.Id)[0].Text;
        Assert.Contains("Not reported", text, StringComparison.Ordinal);
        Assert.Contains("• Anna: away", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna: 2 of 4 values missing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklyDigest_NobodyAway_OwnerListedAsMissing()
    {
        var (bot, channel) = await ScheduleTestHost.StartWithChannelAsync();
        await using var _ = bot;
        ScheduleTestHost.SeedNovember(bot.Services);

        await bot.Service<ScheduledJobRunner>().RunAsync(WeeklyDigestJob.Declaration, DigestSlot, CancellationToken.None);

        await bot.Driver.WaitForMessageAsync(channel.Id, m => m.Attachment is not null, BotTestHost.Timeout);
        var text = bot.Driver.BotMessages(channel.Id)[0].Text;
        Assert.Contains("Anna: 2 of 4 values missing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("• Anna: away", text, StringComparison.Ordinal);
    }
}
