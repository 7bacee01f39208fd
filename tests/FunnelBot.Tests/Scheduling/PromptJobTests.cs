using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Scheduling;

/// <summary>The Friday check-in prompt and the Monday reminder, run directly at their slots (Moscow).</summary>
public sealed class PromptJobTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FridayPrompt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayReminder = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    /// <summary>Starts an hour before the Friday prompt (at the prompt itself, the start would already have run it).</summary>
    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(now: FridayPrompt.AddHours(-1));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task CheckInPrompt_FridaySlot_EachOwnerOnceAndNobodyElse()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var before = (Anna: _bot.LastMessageId(anna.Id), Ivan: _bot.LastMessageId(ivan.Id), Maria: _bot.LastMessageId(maria.Id));
        var runner = _bot.Service<ScheduledJobRunner>();

        var first = await runner.RunAsync(CheckInPromptJob.Declaration, FridayPrompt, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(anna.Id, before.Anna, BotTestHost.Timeout);
        await _bot.Driver.WaitForMessageAsync(ivan.Id, before.Ivan, BotTestHost.Timeout);
        var second = await runner.RunAsync(CheckInPromptJob.Declaration, FridayPrompt.AddMinutes(1), CancellationToken.None);

        Assert.Equal("checkin-prompt|2026-W48", first?.Key);
        Assert.Null(second);
        await Eventually.TrueAsync(() => _bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);
        Assert.Single(_bot.Driver.BotMessages(anna.Id), m => m.MessageId > before.Anna && m.ReplyMarkup is not null); // the first question
        Assert.Single(_bot.Driver.BotMessages(ivan.Id), m => m.MessageId > before.Ivan && m.ReplyMarkup is not null);
        Assert.DoesNotContain(_bot.Driver.BotMessages(maria.Id), m => m.MessageId > before.Maria);
    }

    [Fact]
    public async Task CheckInPrompt_OwnerAway_NotPrompted()
    {
        await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var runs = _bot.Service<JobRunStore>();
        var round = new PromptRound(_bot.Service<CheckInPrompts>(), new AwayMembers("ivan"), runs, _bot.Service<FunnelDatabase>());
        var run = _bot.Service<DuePeriods>().For(CheckInPromptJob.Declaration, FridayPrompt);

        var prompted = round.Prompt(run);

        Assert.Equal(1, prompted);
        Assert.True(runs.HasRun("checkin-prompt|2026-W48|anna"));
        Assert.False(runs.HasRun("checkin-prompt|2026-W48|ivan"));
    }

    [Fact]
    public async Task CheckInPrompt_OwnerAnsweringTheWeekRightNow_KeepsTheirConversationAndButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        _bot.Time.SetUtcNow(FridayPrompt.AddMinutes(-5));
        await _bot.SayAsync(anna, "/checkin");
        await _bot.SayAsync(anna, "12");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("(2 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.WaitForOutboxAsync();
        var conversation = _bot.Service<CheckInStore>().Find("anna")!;
        var before = (Anna: _bot.LastMessageId(anna.Id), Ivan: _bot.LastMessageId(ivan.Id));
        _bot.Time.SetUtcNow(FridayPrompt);

        await _bot.Service<ScheduledJobRunner>().RunAsync(CheckInPromptJob.Declaration, FridayPrompt, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(ivan.Id, before.Ivan, BotTestHost.Timeout);
        await _bot.WaitForOutboxAsync();
        var prompted = _bot.Driver.BotMessages(anna.Id).Where(m => m.MessageId > before.Anna).ToList();
        await _bot.SayAsync(anna, "1000");

        // Anna was answering last week's check-in (the latest prompt's week) five minutes before this week's prompt.
        Assert.Equal(new IsoWeek(2026, 47), conversation.Week);
        Assert.Empty(prompted);
        var after = _bot.Service<CheckInStore>().Find("anna")!;
        Assert.Equal((conversation.Id, conversation.Index + 1), (after.Id, after.Index));
        Assert.False(_bot.Service<JobRunStore>().HasRun("checkin-prompt|2026-W48|anna"));
        Assert.True(_bot.Service<JobRunStore>().HasRun("checkin-prompt|2026-W48|ivan"));
    }

    [Fact]
    public async Task CheckInPrompt_CheckInLeftUnfinishedAnHourAgo_AskedAgain()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        _bot.Time.SetUtcNow(FridayPrompt.AddMinutes(-59));
        await _bot.SayAsync(anna, "/checkin");
        await _bot.SayAsync(anna, "12");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("(2 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        var conversation = _bot.Service<CheckInStore>().Find("anna")!.Id;
        _bot.Time.SetUtcNow(FridayPrompt);

        await _bot.Service<ScheduledJobRunner>().RunAsync(CheckInPromptJob.Declaration, FridayPrompt, CancellationToken.None);

        Assert.True(_bot.Service<JobRunStore>().HasRun("checkin-prompt|2026-W48|anna"));
        Assert.NotEqual(conversation, _bot.Service<CheckInStore>().Find("anna")!.Id);
    }

    [Fact]
    public async Task Reminder_MondaySlot_OnlyOwnersWithGapsForFridaysWeek()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan", "ru");
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        foreach (var metric in new[] { "leads", "ad_spend", "open_rate", "qualified" })
        {
            _bot.Service<WeeklyValueStore>().Set(new WeeklyValue(metric, new IsoWeek(2026, 48), 1m), author);
        }

        var before = (Anna: _bot.LastMessageId(anna.Id), Ivan: _bot.LastMessageId(ivan.Id));

        var run = await _bot.Service<ScheduledJobRunner>().RunAsync(ReminderJob.Declaration, MondayReminder, CancellationToken.None);
        await _bot.Driver.WaitForMessageAsync(ivan.Id, before.Ivan, BotTestHost.Timeout);

        Assert.Equal(("reminder|2026-11-30", "2026-W48"), (run?.Key, run?.Week.ToString()));
        await Eventually.TrueAsync(() => _bot.Service<OutboxStore>().Count() == 0, BotTestHost.Timeout);
        Assert.DoesNotContain(_bot.Driver.BotMessages(anna.Id), m => m.MessageId > before.Anna);
    }

    private sealed class AwayMembers(params string[] away) : IAwayCalendar
    {
        public bool IsAway(string memberKey, IsoWeek week) => away.Contains(memberKey, StringComparer.Ordinal);

        public bool IsAwayOn(string memberKey, DateOnly day) => false;
    }
}
