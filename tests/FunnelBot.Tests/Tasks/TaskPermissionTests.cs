using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Tasks;

/// <summary>Only the owner or the manager closes or moves a task; a member creates only their own; refusals change nothing.</summary>
public sealed class TaskPermissionTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WorkTaskStore Tasks => _bot.Service<WorkTaskStore>();

    [Theory]
    [InlineData("/task Позвонить клиентам @anna_ads")]
    [InlineData("/task Позвонить клиентам @anna 2026-12-10")]
    [InlineData("/task Позвонить клиентам @MARIA")]
    public async Task Task_MemberAssignsSomeoneElse_RefusedNothingStored(string text)
    {
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");

        var reply = await _bot.SayAsync(ivan, text);

        Assert.Contains("может только руководитель", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Tasks.All());
    }

    [Fact]
    public async Task Task_ManagerAssignsMember_OwnerGetsTheCardWithButtons()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var annaBefore = _bot.LastMessageId(anna.Id);

        var reply = await _bot.SayAsync(maria, "/task Fix the landing page @anna 2026-12-04");
        var notice = await _bot.Driver.WaitForMessageAsync(anna.Id, m => m.MessageId > annaBefore, BotTestHost.Timeout);

        Assert.Contains("Owner: Anna · due 4 December", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Maria gave you a task:", notice.Text, StringComparison.Ordinal);
        Assert.Equal(["✓ Done", "+7 days"], notice.ReplyMarkup!.Buttons.Select(b => b.Text));
        var task = Assert.Single(Tasks.All());
        Assert.Equal(("anna", "maria"), (task.Owner, task.CreatedBy));
    }

    [Theory]
    [InlineData("/done 1", "Задача #1 — ответственный: Anna")]
    [InlineData("/due 1 2026-12-10", "Задача #1 — ответственный: Anna")]
    public async Task DoneOrDue_NeitherOwnerNorManager_RefusedNothingChanges(string text, string expected)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        await _bot.SayAsync(anna, "/task Call the list");

        var reply = await _bot.SayAsync(ivan, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        var task = Tasks.Find(1)!;
        Assert.Equal((WorkTaskStatus.Open, "2026-12-04", 1), (task.Status, task.Due, task.History.Count));
    }

    [Theory]
    [InlineData("✓ Done")]
    [InlineData("+7 days")]
    public async Task Button_AnotherMembersTaskForgedOnOwnCard_StaleAndNothingChanges(string buttonText)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        var annasCard = await _bot.SayAsync(anna, "/task Call the list");
        var ivansCard = await _bot.SayAsync(ivan, "/task Call the old list");

        // Ivan cannot press in Anna's chat; he can only send her card's data from a modified client, on his own card.
        var data = annasCard.ReplyMarkup!.Buttons.First(b => b.Text == buttonText).CallbackData!;
        var query = await _bot.Driver.PressButtonAsync(ivan.Id, ivan.Id, ivansCard.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Equal("Эта кнопка уже не действует: разговор закончен. Ничего не изменено.", answer.Text);
        var task = Tasks.Find(1)!;
        Assert.Equal((WorkTaskStatus.Open, "2026-12-04", 1), (task.Status, task.Due, task.History.Count));
        Assert.Equal(ivansCard.Text, _bot.Driver.Messages(ivan.Id).Single(m => m.MessageId == ivansCard.MessageId).Text);
    }

    [Theory]
    [InlineData("tk:1:zz")]
    [InlineData("tk:-1:d")]
    [InlineData("tk:99999999999:d")]
    [InlineData("tk:2:d")]
    [InlineData("tk:")]
    public async Task Button_ForgedOrUnknownData_StaleAndNothingChanges(string data)
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var card = await _bot.SayAsync(anna, "/task Call the list");

        var query = await _bot.Driver.PressButtonAsync(anna.Id, anna.Id, card.MessageId, data, force: true);
        var answer = await _bot.Driver.WaitForCallbackAnswerAsync(query, BotTestHost.Timeout);

        Assert.Contains("nothing was changed", answer.Text, StringComparison.Ordinal);
        Assert.Single(Tasks.Find(1)!.History);
    }

    [Fact]
    public async Task DoneAndDue_Manager_AllowedOnAnyonesTask()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(anna, "/task Call the list");

        await _bot.SayAsync(maria, "/due 1 2026-12-10");
        var done = await _bot.SayAsync(maria, "/done 1");

        Assert.Contains("Done:", done.Text, StringComparison.Ordinal);
        var task = Tasks.Find(1)!;
        Assert.Equal((WorkTaskStatus.Done, "2026-12-10", "maria"), (task.Status, task.Due, task.ClosedBy));
        Assert.Equal(["anna", "maria", "maria"], task.History.Select(h => h.Who));
    }

    [Fact]
    public async Task Task_Observer_Refused()
    {
        var sergey = await _bot.JoinAsync("sergey_sales", "Sergey");

        var reply = await _bot.SayAsync(sergey, "/task Read the digest");

        Assert.Contains("Observers read /status", reply.Text, StringComparison.Ordinal);
        Assert.Empty(Tasks.All());
    }

    [Fact]
    public async Task Tasks_MemberSeesOwnManagerSeesEveryoneGroupedByOwner()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var ivan = await _bot.JoinAsync("ivan_calls", "Ivan");
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        await _bot.SayAsync(anna, "/task Anna's first 2026-12-10");
        await _bot.SayAsync(ivan, "/task Задача Ивана 2026-12-01");
        await _bot.SayAsync(anna, "/task Anna's second 2026-11-30");

        var annas = await _bot.SayAsync(anna, "/tasks");
        var team = await _bot.SayAsync(maria, "/tasks");

        Assert.Contains("Your open tasks\n#3 Anna's second — due 30 November\n#1 Anna's first — due 10 December", annas.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ивана", annas.Text, StringComparison.Ordinal);
        Assert.Contains("Anna\n#3 Anna's second — due 30 November\n#1 Anna's first — due 10 December\n\nIvan\n#2 Задача Ивана — due 1 December", team.Text, StringComparison.Ordinal);
    }
}
