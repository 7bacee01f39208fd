using FunnelBot.Domain.Periods;
using FunnelBot.Sandbox.State;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Tasks;

/// <summary>
/// Messages about a task stay true after it changes, in every chat that holds one: closing or moving a task (by a
/// button anywhere or by <c>/done</c> and <c>/due</c>) edits the private overdue reminders, the channel's overdue list and
/// the cards sent to the author and the owner; a task someone else set is announced to its owner privately.
/// </summary>
public sealed class TaskMessagesStayTrueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset FridayTen = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero); // 10:00 in Moscow
    private BotTestHost _bot = null!;
    private SandboxChat _channel = null!;

    private WorkTaskStore Tasks => _bot.Service<WorkTaskStore>();

    public async Task InitializeAsync() => (_bot, _channel) = await ScheduleTestHost.StartWithChannelAsync(FridayTen.AddHours(-1));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task DoneCommand_AfterTheAlert_ReminderAndChannelListSaySo()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back <ACME>", "anna", new DateOnly(2026, 11, 20));
        Overdue("Resend the mailing", "anna", new DateOnly(2026, 11, 26));
        var (post, reminders) = await AlertAsync(anna, expectedReminders: 2);

        await _bot.SayAsync(anna, "/done 1");

        var list = await EditedAsync(_channel.Id, post.MessageId);
        Assert.Equal("⏰ Overdue tasks\nAnna:\n• ✅ Call back <ACME>: done\n• Resend the mailing (due 26 November)", list.Text);
        Assert.Contains(list.Entities, entity => entity.Type == "strikethrough");
        var closed = await EditedAsync(anna.Id, reminders[0].MessageId);
        Assert.StartsWith("Done:\n#1 Call back <ACME>", closed.Text, StringComparison.Ordinal);
        Assert.Null(closed.ReplyMarkup);
        await _bot.WaitForOutboxAsync();
        Assert.Equal(0, _bot.Driver.BotMessages(anna.Id).Single(m => m.MessageId == reminders[1].MessageId).EditCount);
    }

    [Fact]
    public async Task PressLater_OnTheReminder_ItSaysTheNewDateAndTheChannelListToo()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        Overdue("Call back", "anna", new DateOnly(2026, 11, 20));
        var (post, reminders) = await AlertAsync(anna, expectedReminders: 1);

        await _bot.PressOnAsync(anna, reminders[0], "+7 days");

        var moved = await EditedAsync(anna.Id, reminders[0].MessageId);
        Assert.StartsWith("Due date moved from 20 November to 4 December:\n#1 Call back", moved.Text, StringComparison.Ordinal);
        Assert.Equal(["✓ Done", "+7 days"], moved.ReplyMarkup!.Buttons.Select(b => b.Text));
        var list = await EditedAsync(_channel.Id, post.MessageId);
        Assert.Equal("⏰ Overdue tasks\nAnna:\n• Call back (due date moved to 4 December)", list.Text);
    }

    [Fact]
    public async Task PressDone_OnTheOwnersCard_TheAuthorsCardSaysDoneToo()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var authors = await _bot.SayAsync(maria, "/task Call ACME back @anna_ads");
        var owners = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text!.StartsWith("Maria gave you a task:", StringComparison.Ordinal), BotTestHost.Timeout);
        await _bot.WaitForOutboxAsync();

        await _bot.PressOnAsync(anna, owners, "✓ Done");

        var edited = await EditedAsync(maria.Id, authors.MessageId);
        Assert.StartsWith("Done:\n#1 Call ACME back", edited.Text, StringComparison.Ordinal);
        Assert.Null(edited.ReplyMarkup);
        Assert.StartsWith("Done:", (await EditedAsync(anna.Id, owners.MessageId)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Countermeasure_GivenToSomeoneElseAtTheCheckIn_AnnouncedToThemPrivately()
    {
        _bot.Service<PlanStore>().Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 11), 40m), new ChangeAuthor("test", ChangeSource.Cli));
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/checkin");
        await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text?.Contains("Leads (1 of 4)", StringComparison.Ordinal) == true, BotTestHost.Timeout);
        await _bot.SayAsync(anna, "7");
        await _bot.SayAsync(anna, "the landing page was down");
        await _bot.SayAsync(anna, "Raise bids on brand keywords");
        await _bot.PressAsync(anna, "Maria");

        await _bot.PressAsync(anna, "by 4 December");

        var notice = await _bot.Driver.WaitForMessageAsync(
            maria.Id, m => m.Text!.StartsWith("Anna gave you a task:", StringComparison.Ordinal), BotTestHost.Timeout);
        Assert.Contains("#1 Raise bids on brand keywords", notice.Text, StringComparison.Ordinal);
        Assert.Contains("4 December", notice.Text, StringComparison.Ordinal);
        Assert.Equal(["✓ Done", "+7 days"], notice.ReplyMarkup!.Buttons.Select(b => b.Text));
        Assert.Equal(TestTeam.Manager, Assert.Single(Tasks.All()).Owner);
    }

    /// <summary>A task already past its due date (the store takes any date; <c>/task</c> would refuse one in the past).</summary>
    private void Overdue(string title, string owner, DateOnly due) => Tasks.Create(new NewWorkTask(title, owner, owner, due));

    /// <summary>Runs the alert and waits until its messages are delivered and filed; the reminders in task order.</summary>
    private async Task<(ChatMessage Post, IReadOnlyList<ChatMessage> Reminders)> AlertAsync(SandboxUser owner, int expectedReminders)
    {
        var before = _bot.LastMessageId(owner.Id);
        await _bot.Service<ScheduledJobRunner>().RunAsync(OverdueAlertJob.Declaration, FridayTen, CancellationToken.None);
        var post = await _bot.Driver.WaitForMessageAsync(_channel.Id, _ => true, BotTestHost.Timeout);
        await Eventually.TrueAsync(() => _bot.Driver.BotMessages(owner.Id).Count(m => m.MessageId > before) == expectedReminders, BotTestHost.Timeout);
        await _bot.WaitForOutboxAsync();
        return (post, [.. _bot.Driver.BotMessages(owner.Id).Where(m => m.MessageId > before).OrderBy(m => m.MessageId)]);
    }

    private Task<ChatMessage> EditedAsync(long chatId, int messageId) =>
        _bot.Driver.WaitForMessageAsync(chatId, m => m.MessageId == messageId && m.EditCount > 0, BotTestHost.Timeout);
}
