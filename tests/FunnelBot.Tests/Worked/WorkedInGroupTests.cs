using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Worked;

/// <summary><c>/worked</c> in the team's group, as <c>/reasons</c>: the team's data to the team.</summary>
public sealed class WorkedInGroupTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Worked_InTheTeamGroup_AnsweredThere()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var group = _bot.CreateTeamGroup();
        _bot.Service<CountermeasureFollowUpStore>().Start(new NewFollowUp(
            2, "Raise bids", "anna", "leads", new IsoWeek(2026, 46), ["click_plan_missed"], null, new DateOnly(2026, 11, 20), "anna",
            [new IsoWeek(2026, 48), new IsoWeek(2026, 49)]));

        var reply = await _bot.SayAsync(maria, "/worked@funnelbot_sandbox_bot", group.Id);

        Assert.Contains("Click plan missed — still followed: 1\n    #2 Raise bids — Leads: followed until 6 December", reply.Text, StringComparison.Ordinal);
        Assert.Single(_bot.Driver.BotMessages(group.Id));
    }
}
