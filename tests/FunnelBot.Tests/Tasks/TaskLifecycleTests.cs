using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Tasks;

/// <summary>A task from creation to done through the emulator; "now" is Friday 2026-11-27 15:00 in Moscow.</summary>
public sealed class TaskLifecycleTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WorkTaskStore Tasks => _bot.Service<WorkTaskStore>();

    [Fact]
    public async Task Task_TitleWithRightToLeftOverride_EchoedWithoutItAndStoredAsTyped()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var created = await _bot.SayAsync(anna, "/task Call \u202Etsil eht\u202C and \u200Bcheck");

        Assert.Contains("Call tsil eht and check", created.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", created.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", created.RawText, StringComparison.Ordinal);
        Assert.Equal("Call \u202Etsil eht\u202C and \u200Bcheck", Assert.Single(Tasks.All()).Title);
    }

    [Fact]
    public async Task Task_CreateMoveAndClose_EveryStepStoredWithHistory()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var created = await _bot.SayAsync(anna, "/task Call the <new> list");
        Assert.Contains("<b>#1</b> Call the &lt;new&gt; list", created.RawText, StringComparison.Ordinal);
        Assert.Contains("Owner: Anna · due 4 December", created.Text, StringComparison.Ordinal); // today + 7
        Assert.Equal(["✓ Done", "+7 days"], created.ReplyMarkup!.Buttons.Select(b => b.Text));
        var task = Assert.Single(Tasks.All());
        Assert.Equal(("Call the <new> list", "anna", "anna", "2026-12-04", WorkTaskStatus.Open), (task.Title, task.Owner, task.CreatedBy, task.Due, task.Status));
        Assert.Equal(new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc), task.CreatedAt);

        var pushed = await _bot.PressAsync(anna, "+7 days");
        Assert.Equal(created.MessageId, pushed.MessageId);
        Assert.Contains("due 11 December", pushed.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Tasks.Find(1)!.Due == "2026-12-11", BotTestHost.Timeout);

        var moved = await _bot.SayAsync(anna, "/due 1 2026-12-20");
        Assert.Contains("Due date moved from 11 December to 20 December", moved.Text, StringComparison.Ordinal);

        var done = await _bot.SayAsync(anna, "/done 1");
        Assert.Contains("Done:", done.Text, StringComparison.Ordinal);
        Assert.Contains("✓ done", done.Text, StringComparison.Ordinal);
        task = Tasks.Find(1)!;
        Assert.Equal((WorkTaskStatus.Done, "anna", "2026-12-20"), (task.Status, task.ClosedBy, task.Due));
        Assert.NotNull(task.ClosedAt);
        Assert.Equal(
            [
                (WorkTaskChangeKind.Created, "anna", null, "2026-12-04"),
                (WorkTaskChangeKind.DueMoved, null, "2026-12-04", "2026-12-11"),
                (WorkTaskChangeKind.DueMoved, null, "2026-12-11", "2026-12-20"),
                (WorkTaskChangeKind.Done, null, null, null),
            ],
            task.History.Select(h => (h.Kind, h.Owner, h.DueFrom, h.DueTo)));
        Assert.All(task.History, h => Assert.Equal("anna", h.Who));
    }

    [Fact]
    public async Task Button_OnACardOfATaskClosedSince_CardSaysDoneAndAPressOfItsOldButtonChangesNothing()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var card = await _bot.SayAsync(anna, "/task Send the mailing 05.12.2026");
        await _bot.WaitForOutboxAsync();
        await _bot.SayAsync(anna, "/done 1");
        var edited = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId == card.MessageId && m.EditCount > 0, BotTestHost.Timeout);
        var historyBefore = Tasks.Find(1)!.History.Count;

        // A press on its way while the buttons were being removed.
        var data = card.ReplyMarkup!.Buttons.First(b => b.Text == "+7 days").CallbackData!;
        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, card.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.StartsWith("Done:\n#1 Send the mailing", edited.Text, StringComparison.Ordinal);
        Assert.Null(edited.ReplyMarkup);
        Assert.Equal(BotTexts.Template("button.stale", BotTexts.English), answer.Text);
        Assert.Equal(historyBefore, Tasks.Find(1)!.History.Count);
        Assert.Equal("2026-12-05", Tasks.Find(1)!.Due);
    }

    [Fact]
    public async Task Button_StillShownForATaskClosedSince_SaysAlreadyDoneAndChangesNothing()
    {
        // A message whose buttons the bot could not keep true (sent by an earlier release, or longer ago than
        // Storage:Retention:SentTopics) still carries them after the task was closed.
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/task Send the mailing 05.12.2026");
        var response = new BotResponse();
        response.SendHtml(anna.Id, "#1 Send the mailing", TaskButtons.For(1, BotTexts.English));
        _bot.Service<ResponseWriter>().Apply(response);
        var old = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.Text == "#1 Send the mailing", BotTestHost.Timeout);
        await _bot.SayAsync(anna, "/done 1");
        var historyBefore = Tasks.Find(1)!.History.Count;

        var data = old.ReplyMarkup!.Buttons.First(b => b.Text == "+7 days").CallbackData!;
        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, old.MessageId, data);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Equal("Task #1 is already done; nothing was changed.", answer.Text);
        Assert.Equal(historyBefore, Tasks.Find(1)!.History.Count);
        Assert.Equal("2026-12-05", Tasks.Find(1)!.Due);
    }

    [Theory]
    [InlineData("/task Prepare the event 2026-12-10", "Prepare the event", "2026-12-10")]
    [InlineData("/task Prepare the event 10.12", "Prepare the event", "2026-12-10")]
    [InlineData("/task Call 10 clients", "Call 10 clients", "2026-12-04")]
    [InlineData("/task Fix form @anna 10/12/2026", "Fix form", "2026-12-10")]
    [InlineData("/task Fix form 2026-12-10 @anna_ads", "Fix form", "2026-12-10")]
    public async Task Task_TitleMemberAndDate_ParsedFromTheEnd(string text, string title, string due)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        await _bot.SayAsync(anna, text);

        var task = Assert.Single(Tasks.All());
        Assert.Equal((title, "anna", due), (task.Title, task.Owner, task.Due));
    }

    [Theory]
    [InlineData("/task", "Write the task after /task")]
    [InlineData("/task Call them 2026-11-01", "2026-11-01 is in the past")]
    [InlineData("/task Call them @nobody", "There is no team member “nobody”.")]
    [InlineData("/task Call them @nobody 31/02/2026", "“31/02/2026” is not a date. Write it like")]
    [InlineData("/task Call them 31/02/2026", "“31/02/2026” is not a date. Write it like")]
    [InlineData("/task Call them @nobody 05/12/2026", "There is no team member “nobody”.")]
    public async Task Task_BadInput_ExplainsAndStoresNothing(string text, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(Tasks.All());
    }

    [Theory]
    [InlineData("/done", "Which task?")]
    [InlineData("/done 7", "There is no task #7.")]
    [InlineData("/due 1", "Write the task's number and the new date")]
    [InlineData("/due 1 tomorrow", "“tomorrow” is not a date")]
    [InlineData("/due 1 2026-11-20", "2026-11-20 is in the past")]
    public async Task DoneAndDue_BadInput_ExplainsAndChangesNothing(string text, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/task Call the list");

        var reply = await _bot.SayAsync(anna, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        var task = Tasks.Find(1)!;
        Assert.Equal((WorkTaskStatus.Open, "2026-12-04", 1), (task.Status, task.Due, task.History.Count));
    }

    [Fact]
    public async Task TaskNumber_ShowsCardWithHistory()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        await _bot.SayAsync(anna, "/task Call the list");
        await _bot.SayAsync(anna, "/due 1 2026-12-10");

        var card = await _bot.SayAsync(anna, "/task 1");

        Assert.Contains("History:", card.Text, StringComparison.Ordinal);
        Assert.Contains("27/11/2026 15:00 · Anna: due date moved from 4 December to 10 December", card.Text, StringComparison.Ordinal);
    }
}
