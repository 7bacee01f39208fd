using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Plans;

/// <summary>Bad input and the wrong role get a clear message; nothing is stored and no Confirm button is offered.</summary>
public sealed class PlanRefusalTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/plan set nope 2026-03 5", "There is no metric “nope”. Choose one:")]
    [InlineData("/plan set leads 2026-13 5", "“2026-13” is not a period")]
    [InlineData("/plan set leads 2026-W54 5", "“2026-W54” is not a period")]
    [InlineData("/plan set leads 2026-03 -5", "“-5”: the value can't be negative.\nExpected: a whole number ≥ 0, for example 12.")]
    [InlineData("/plan set leads 2026-03 2.5", "Leads is counted in whole numbers.")]
    [InlineData("/plan set leads 2026-03 many", "“many” is not a number.")]
    [InlineData("/plan set leads 2026-03 5%", "type it without “%”")]
    [InlineData("/plan set open_rate 2026-03 150", "“150”: a percentage is at most 100.")]
    [InlineData("/plan set qualification_rate 2026-03 0.4", "Qualification rate is a ratio: its plan is one target per year, e.g. /plan set qualification_rate 2026 0.40")]
    [InlineData("/plan set qualification_rate 2026 1.5", "at most 1")]
    [InlineData("/plan set leads 2026-03", "Usage: /plan set <metric> <month|year|week> <value> [note]")]
    [InlineData("/plan fromlastyear abc", "“abc” is not a growth I can use")]
    [InlineData("/plan fromlastyear -100", "“-100” is not a growth I can use")]
    [InlineData("/plan fromlastyear 5000%", "“5000%” is not a growth I can use")]
    [InlineData("/plan fromlastyear 15 qualification_rate", "Use /plan set qualification_rate 2027 <target>.")]
    [InlineData("/plan fromlastyear 15 nope", "Unknown metric “nope”.")]
    [InlineData("/plan nope", "There is no metric “nope”. Choose one:")]
    [InlineData("/plan leads 2026-03", "I don't know “2026-03”")]
    public async Task Plan_BadInput_ClearMessageNothingStored(string text, string expected)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        _bot.Service<WeeklyValueStore>().SetAll([new WeeklyValue("leads", FunnelBot.Domain.Periods.IsoWeek.Parse("2026-W10"), 5)], ChangeAuthor.Cli);

        var reply = await _bot.SayAsync(maria, text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        // A name that names no metric is answered with the metrics to choose from; any other bad input has no buttons.
        Assert.Equal(expected.StartsWith("There is no metric", StringComparison.Ordinal), reply.ReplyMarkup is not null);
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

    [Theory]
    [InlineData("anna_ads", "/plan set leads 2026-03 5")]
    [InlineData("anna_ads", "/plan fromlastyear 15")]
    [InlineData("sergey_sales", "/plan set leads 2026-03 5")]
    [InlineData("sergey_sales", "/plan FromLastYear 15 leads")]
    public async Task PlanChange_NotTheManager_RefusedNothingStored(string username, string text)
    {
        var user = await _bot.JoinAsync(username, "Someone");

        var reply = await _bot.SayAsync(user, text);

        Assert.Equal("Sorry, only the manager can do that.", reply.Text);
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

    [Theory]
    [InlineData("anna_ads")]
    [InlineData("sergey_sales")]
    public async Task PlanView_MemberOrObserver_MayViewAndSeesItInHelp(string username)
    {
        var user = await _bot.JoinAsync(username, "Someone");

        var reply = await _bot.SayAsync(user, "/plan 2026");
        var help = await _bot.SayAsync(user, "/help");

        Assert.StartsWith("Plans 2026 against the actuals of 2025:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Leads: plan — · 2025: —", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/plan — Plans of the year against last year", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Stranger_RefusedPolitely()
    {
        var mallory = _bot.Driver.CreateUser("Mallory", "mallory", "en");

        var reply = await _bot.SayAsync(mallory, "/plan set leads 2026-03 5");

        Assert.Contains("this bot serves only its team's members", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Service<PlanStore>().Count());
    }

    [Fact]
    public void CommandMenu_Plan_InTheMembersPrivateMenuInBothLanguagesNotInGroups()
    {
        var scope = FunnelBot.Sandbox.State.CommandScope.AllPrivateChats;

        Assert.Contains(_bot.Driver.CommandsFor(scope, "en"), c => c.Command == "plan" && c.Description.StartsWith("Plans of the year", StringComparison.Ordinal));
        Assert.Contains(_bot.Driver.CommandsFor(scope, "ru"), c => c.Command == "plan" && c.Description.StartsWith("Планы года", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Driver.CommandsFor(FunnelBot.Sandbox.State.CommandScope.AllGroupChats, "en"), c => c.Command == "plan");
    }
}
