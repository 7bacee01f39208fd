using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.Sandbox.State;
using FunnelBot.Scheduling;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Scheduling;

/// <summary>The weekday overdue alert: a channel message by owner and private reminders with buttons; silence when nothing is overdue.</summary>
public sealed class OverdueAlertTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FridayTen = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero); // 10:00 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    public async Task InitializeAsync() => (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync(FridayTen.AddHours(-1));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Run_NothingOverdue_NothingSentButRunRecorded()
    {
        var run = await _bot.Service<ScheduledJobRunner>().RunAsync(OverdueAlertJob.Declaration, FridayTen, CancellationToken.None);

        Assert.Equal("overdue-alert|2026-11-27", run?.Key);
        Assert.True(_bot.Service<JobRunStore>().HasRun("overdue-alert|2026-11-27"));
        Assert.Equal(0, _bot.Service<OutboxStore>().Count());
        Assert.Empty(_bot.Driver.BotMessages(_channel.Id));
    }

    [Fact]
    public async Task Run_TasksOverdue_ChannelListsThemByOwnerAndOwnerGetsButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var before = _bot.LastMessageId(anna.Id);
        var tasks = new FixedTasks(
            new OverdueTask("t1", "Call back <ACME>", "anna", new DateOnly(2026, 11, 20)),
            new OverdueTask("t2", "Fix the call script", "ivan", new DateOnly(2026, 11, 25)),
            new OverdueTask("t3", "Resend the mailing", "anna", new DateOnly(2026, 11, 26)));
        var work = Work(tasks);
        var run = _bot.Service<DuePeriods>().For(OverdueAlertJob.Declaration, FridayTen);

        var queued = work.Run(run);

        var post = await _bot.Driver.WaitForMessageAsync(_channel.Id, _ => true, BotTestHost.Timeout);
        var reminder = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text!.Contains("Resend", StringComparison.Ordinal), BotTestHost.Timeout);
        Assert.Equal(3, queued); // the channel post and Anna's two tasks; Ivan has not started the bot
        Assert.Equal(
            "⏰ Overdue tasks\nAnna:\n• Call back <ACME> (due 20 Nov)\n• Resend the mailing (due 26 Nov)\nIvan:\n• Fix the call script (due 25 Nov)",
            post.Text);
        Assert.Equal(["✅ Done", "+7 days"], reminder.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Equal(2, _bot.Driver.BotMessages(anna.Id).Count(m => m.MessageId > before));
    }

    [Fact]
    public async Task PressDone_NoTaskSourceYet_SaysTheTaskIsGoneAndRemovesButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Work(new FixedTasks(new OverdueTask("t1", "Call back", "anna", new DateOnly(2026, 11, 20))))
            .Run(_bot.Service<DuePeriods>().For(OverdueAlertJob.Declaration, FridayTen));
        var reminder = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);

        var press = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, reminder.MessageId, reminder.ReplyMarkup!.Buttons.First().CallbackData!);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(press, BotTestHost.Timeout);

        Assert.Equal("This task no longer exists; nothing was changed.", answer.Text);
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId == reminder.MessageId && m.ReplyMarkup is null, BotTestHost.Timeout);
    }

    private OverdueAlertJob Work(IOverdueTasks tasks) => new(
        _bot.Service<TeamConfiguration>(), tasks, _bot.Service<MemberDirectory>(), _bot.Service<MemberCultures>(),
        _bot.Service<DigestNames>(), _bot.Service<ResponseWriter>(), _bot.Service<JobRunStore>(), _bot.Service<IAwayCalendar>());

    private sealed class FixedTasks(params OverdueTask[] tasks) : IOverdueTasks
    {
        public IReadOnlyList<OverdueTask> Overdue(DateOnly today) => tasks;

        public TaskActionResult Complete(string taskId, string memberKey) => TaskActionResult.Done;

        public TaskActionResult Postpone(string taskId, int days, string memberKey) => TaskActionResult.Postponed;
    }
}
