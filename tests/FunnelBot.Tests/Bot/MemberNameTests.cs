using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>
/// Members named by @username, key, display name or a prefix in <c>/away @…</c>, <c>/task … @…</c> and <c>/status</c>,
/// through the emulator; a team with Anna and Anton, so that «an» names two.
/// </summary>
public sealed class MemberNameTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(MetricNameTests.WithAnton());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/away @ivan 2026-W50", "ivan")]
    [InlineData("/away @ivan_calls 2026-W50", "ivan")]
    [InlineData("/away @IVAN 2026-W50", "ivan")]
    [InlineData("/away @petrov 2026-W50", "anton")]
    [InlineData("/away @anto 2026-W50", "anton")]
    public async Task Away_MemberByKeyUsernameDisplayNameOrPrefix_RecordsTheirAbsence(string command, string member)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.StartsWith("Absence recorded:", reply.Text, StringComparison.Ordinal);
        Assert.Equal([member], _bot.Service<AwayStore>().All().Select(a => a.Member));
    }

    [Fact]
    public async Task Away_Ambiguous_ButtonsThenPressRecordsForTheChosen()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var choice = await _bot.SayAsync(maria, "/away @an 2026-W50 vacation");

        Assert.Equal("Several team members match “an”. Who is it?", choice.Text);
        Assert.Equal(["Anna", "Anton Petrov"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(maria, "Anton Petrov");
        await Eventually.TrueAsync(() => _bot.Service<AwayStore>().All().Any(a => a.Member == "anton" && a.Note == "vacation"), BotTestHost.Timeout);
    }

    [Fact]
    public async Task Away_Unknown_OffersThoseWhoReportAndPressRecords()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var choice = await _bot.SayAsync(maria, "/away @olga 2026-W50");

        Assert.Equal("There is no team member “olga”. Choose one:", choice.Text);
        Assert.DoesNotContain("Sergey", choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(maria, "Ivan");
        await Eventually.TrueAsync(() => _bot.Service<AwayStore>().All().Any(a => a.Member == "ivan"), BotTestHost.Timeout);
    }

    [Fact]
    public async Task Away_ForSomeoneElseByName_StillManagerOnly()
    {
        var anna = await _bot.JoinAsync("anna_ads", "Anna");

        var reply = await _bot.SayAsync(anna, "/away @ivan 2026-W50");

        Assert.Null(reply.ReplyMarkup);
        Assert.Empty(_bot.Service<AwayStore>().All());
    }

    [Theory]
    [InlineData("/task Call the client @Ivan", "ivan")]
    [InlineData("/task Call the client @ivan_calls", "ivan")]
    [InlineData("/task Call the client @anto", "anton")]
    public async Task Task_OwnerByNameOrPrefix_IsTheirs(string command, string owner)
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var reply = await _bot.SayAsync(maria, command);

        Assert.StartsWith("New task:", reply.Text, StringComparison.Ordinal);
        Assert.Equal([owner], _bot.Service<WorkTaskStore>().All().Select(t => t.Owner));
    }

    [Fact]
    public async Task Task_Ambiguous_ButtonsThenPressCreatesForTheChosenWithTheSameTitleAndDate()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var choice = await _bot.SayAsync(maria, "/task Prepare the offer @an 2026-12-04");

        Assert.Equal(["Anna", "Anton Petrov"], choice.ReplyMarkup!.Buttons.Select(b => b.Text));
        await _bot.PressAsync(maria, "Anna");
        await Eventually.TrueAsync(() => _bot.Service<WorkTaskStore>().All().Any(t => t.Owner == "anna"), BotTestHost.Timeout);
        var task = Assert.Single(_bot.Service<WorkTaskStore>().All());
        Assert.Equal("Prepare the offer", task.Title);
        Assert.Equal(new DateOnly(2026, 12, 4), task.DueDate);
    }

    [Fact]
    public async Task Status_MemberByUsernameOrName_ShowsTheirMetrics()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");

        var byUsername = await _bot.SayAsync(maria, "/status @ivan_calls");
        var byName = await _bot.SayAsync(maria, "/status Ivan");

        Assert.Contains("Calls held", byUsername.Text, StringComparison.Ordinal);
        Assert.Equal(byUsername.Text, byName.Text);
    }
}
