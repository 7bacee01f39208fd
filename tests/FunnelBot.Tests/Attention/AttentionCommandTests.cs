using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Attention;

/// <summary>
/// <c>/attention</c> and the line of the manager's <c>/status</c>, through the emulator, on Friday of the week of 23–29
/// November 2026 (the seed: leads and qualified leads off plan, Ivan's calls in, Anna's ad spend and open rate missing).
/// </summary>
public sealed class AttentionCommandTests : IAsyncLifetime
{
    private static readonly IsoWeek W48 = new(2026, 48);
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(ScheduleTestHost.DisabledSchedule(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId)), Friday);
        ScheduleTestHost.SeedNovember(_bot.Services);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Manager_EveryGroupWithItsLinesAndTheCommandsThatFixIt_AndTheStatusLineCountsThem()
    {
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        _bot.Service<WeeklyValueStore>().Set(new WeeklyValue("leads", W48, 2m), author); // now fewer leads than qualified leads
        _bot.Service<DeviationStore>().Update("leads", W48, deviation => deviation.OtherText = "the trade fair moved");
        _bot.Service<WorkTaskStore>().Create(new NewWorkTask("Call the new list", TestTeam.Anna, TestTeam.Manager, new DateOnly(2026, 11, 20)));
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/attention");

        Assert.Equal(
            "What needs you · week 23–29 November 2026\n\n"
            + "Red without a cause or a countermeasure\n"
            + "• 🔴 Leads: 2 of 10 (20%) · Anna — no countermeasure\n"
            + "• 🔴 Qualified leads: 3 of 5 (60%) · Anna — no cause, no countermeasure\n"
            + "Ask the owner for the cause and the countermeasure: /checkin asks for them when the value is entered.\n\n"
            + "Overdue tasks\n"
            + "• #1 Call the new list · Anna, due 20 November\n"
            + "Close: /done 1 · move the due date: /due 1 05.12\n\n"
            + "Not reported yet\n"
            + "• Anna: 2 of 4 values missing\n"
            + "They get the reminder; you can enter a value for them: /edit metric week value\n\n"
            + "Numbers that do not fit the funnel, not confirmed\n"
            + "• Qualified leads: 3 is more than Leads: 2\n"
            + "Correct a value: /edit qualified 2026-W48 value; the same value given to /edit confirms it",
            reply.Text);

        var status = await _bot.SayAsync(maria, "/status");
        Assert.EndsWith("\n\nNeeds your attention: 5 — /attention", status.Text, StringComparison.Ordinal);

        var anna = await _bot.JoinAsync("anna_ads", "Anna");
        var hers = await _bot.SayAsync(anna, "/status");
        Assert.DoesNotContain("/attention", hers.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_OnceEverythingIsDone_NothingNeedsHerAndStatusHasNoLine()
    {
        var author = new ChangeAuthor("test", ChangeSource.Cli);
        var values = _bot.Service<WeeklyValueStore>();
        values.Set(new WeeklyValue("ad_spend", W48, 1000m), author);
        values.Set(new WeeklyValue("open_rate", W48, 0.3m), author);
        foreach (var metric in new[] { "leads", "qualified" })
        {
            _bot.Service<DeviationStore>().Update(metric, W48, deviation =>
            {
                deviation.OtherText = "the trade fair moved";
                deviation.NoCountermeasure = true;
            });
        }

        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, "/attention");
        var status = await _bot.SayAsync(maria, "/status");

        Assert.Equal("What needs you · week 23–29 November 2026\nNothing needs you.", reply.Text);
        Assert.DoesNotContain("/attention", status.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anna_ads", false, "Sorry, only the manager can do that.")]
    [InlineData("sergey_sales", false, "Sorry, only the manager can do that.")]
    [InlineData("mallory", false, "Sorry, this bot serves only its team's members.")]
    [InlineData("maria_lead", true, "Please use this command in a private chat with me.")]
    public async Task NotTheManagerInPrivate_Refused(string username, bool inGroup, string expected)
    {
        var user = username == "mallory" ? _bot.Driver.CreateUser("Mallory", username, "en") : await _bot.JoinAsync(username, "User");
        var chat = inGroup ? _bot.CreateTeamGroup().Id : user.Id;

        var reply = await _bot.SayAsync(user, inGroup ? "/attention@funnelbot_sandbox_bot" : "/attention", chat);

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task ManagersStatus_InTheTeamGroup_NoAttentionLine()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup().Id;

        var status = await _bot.SayAsync(maria, "/status@funnelbot_sandbox_bot", group);

        Assert.Contains("Leads", status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/attention", status.Text, StringComparison.Ordinal);
    }
}
