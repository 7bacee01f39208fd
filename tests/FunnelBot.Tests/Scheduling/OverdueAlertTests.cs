using FunnelBot.Domain.Deviations;
using FunnelBot.Sandbox.State;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Scheduling;

/// <summary>
/// The weekday overdue alert: a channel message by owner and private reminders with the task card's buttons, which
/// close and move the task by the same path as <c>/done</c> and a card; silence when nothing is overdue.
/// </summary>
public sealed class OverdueAlertTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FridayTen = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero); // 10:00 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    private WorkTaskStore Tasks => _bot.Service<WorkTaskStore>();

    public async Task InitializeAsync() => (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync(FridayTen.AddHours(-1));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Run_NothingOverdue_NothingSentButRunRecorded()
    {
        var run = await RunAlertAsync();

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
        Overdue("Call back <ACME>", "anna", new DateOnly(2026, 11, 20));
        Overdue("Fix the call script", "ivan", new DateOnly(2026, 11, 25));
        Overdue("Resend the mailing", "anna", new DateOnly(2026, 11, 26));
        Tasks.Create(new NewWorkTask("Not due yet", "anna", "anna", new DateOnly(2026, 11, 27)));

        await RunAlertAsync();

        var post = await _bot.Driver.WaitForMessageAsync(_channel.Id, _ => true, BotTestHost.Timeout);
        var reminder = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text!.Contains("Resend", StringComparison.Ordinal), BotTestHost.Timeout);
        Assert.Equal(
            "⏰ Overdue tasks\nAnna:\n• Call back <ACME> (due 20 November)\n• Resend the mailing (due 26 November)\nIvan:\n• Fix the call script (due 25 November)",
            post.Text);
        Assert.Equal(["✓ Done", "+7 days"], reminder.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.WaitForOutboxAsync();
        Assert.Equal(2, _bot.Driver.BotMessages(anna.Id).Count(m => m.MessageId > before)); // Ivan has not started the bot
    }

    [Fact]
    public async Task PressDone_OnTheReminder_ClosesTheTaskLikeACard()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back", "anna", new DateOnly(2026, 11, 20));
        var reminder = await ReminderAsync(anna);

        var answer = await _bot.PressOnAsync(anna, reminder, "✓ Done");

        Assert.Equal("Done.", answer.Text);
        var edited = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId == reminder.MessageId && m.EditCount > 0, BotTestHost.Timeout);
        Assert.StartsWith("Done:", edited.Text, StringComparison.Ordinal);
        Assert.Null(edited.ReplyMarkup);
        Assert.Equal((WorkTaskStatus.Done, "anna"), (Tasks.Find(1)!.Status, Tasks.Find(1)!.ClosedBy));
    }

    [Fact]
    public async Task PressLater_OnTheReminder_MovesTheTaskSevenDaysFromToday()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back", "anna", new DateOnly(2026, 11, 20));
        var reminder = await ReminderAsync(anna);

        var answer = await _bot.PressOnAsync(anna, reminder, "+7 days");

        Assert.Equal("New due date: 4 December.", answer.Text);
        Assert.Equal("2026-12-04", Tasks.Find(1)!.Due);
        Assert.Equal(
            [(WorkTaskChangeKind.Created, "anna", null, "2026-11-20"), (WorkTaskChangeKind.DueMoved, null, "2026-11-20", "2026-12-04")],
            Tasks.Find(1)!.History.Select(h => (h.Kind, h.Owner, h.DueFrom, h.DueTo)));
    }

    [Fact]
    public async Task PressDone_TaskClosedMeanwhile_TheReminderLostItsButtonsAndThePressChangesNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back", "anna", new DateOnly(2026, 11, 20));
        var reminder = await ReminderAsync(anna);
        await _bot.WaitForOutboxAsync();
        await _bot.SayAsync(anna, "/done 1");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId == reminder.MessageId && m.ReplyMarkup is null, BotTestHost.Timeout);
        var history = Tasks.Find(1)!.History.Count;

        // A press on its way while the buttons were being removed.
        var data = reminder.ReplyMarkup!.Buttons.First(b => b.Text == "✓ Done").CallbackData!;
        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, reminder.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Equal(BotTexts.Template("button.stale", BotTexts.English), answer.Text);
        Assert.Equal(history, Tasks.Find(1)!.History.Count);
    }

    [Theory]
    [InlineData("ovd:done:1", "Done.", WorkTaskChangeKind.Done)]
    [InlineData("ovd:later:1", "New due date: 4 December.", WorkTaskChangeKind.DueMoved)]
    public async Task PressOldReminderButton_SentBeforeThisRelease_TakesTheSamePath(string data, string toast, WorkTaskChangeKind change)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back", "anna", new DateOnly(2026, 11, 20));
        var response = new BotResponse();
        response.SendHtml(anna.Id, "⏰ Overdue: Call back", [[new OutgoingButton { Text = "✅ Done", Data = data }]]);
        _bot.Service<ResponseWriter>().Apply(response);
        var old = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);

        var answer = await _bot.PressOnAsync(anna, old, "✅ Done");

        Assert.Equal(toast, answer.Text);
        Assert.Equal(change, Tasks.Find(1)!.History.Last().Kind);
    }

    /// <summary>A task already past its due date (the store takes any date; <c>/task</c> would refuse one in the past).</summary>
    private void Overdue(string title, string owner, DateOnly due) => Tasks.Create(new NewWorkTask(title, owner, owner, due));

    private Task<ScheduledRun?> RunAlertAsync() =>
        _bot.Service<ScheduledJobRunner>().RunAsync(OverdueAlertJob.Declaration, FridayTen, CancellationToken.None);

    private async Task<ChatMessage> ReminderAsync(SandboxUser owner)
    {
        await RunAlertAsync();
        return await _bot.Driver.WaitForMessageAsync(owner.Id, m => m.ReplyMarkup is not null, BotTestHost.Timeout);
    }
}
