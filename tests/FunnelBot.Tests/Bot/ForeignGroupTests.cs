using FunnelBot.Sandbox.State;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>Team data stays in private chats and the team chat: other groups get one short notice a day and no menu.</summary>
public sealed class ForeignGroupTests : IAsyncLifetime
{
    private const string Notice = "I work only in private chats with my team's members and in the team's own chat. Write to me privately.";
    private BotTestHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(TestTeam.Configuration(channelChatId: TestTeam.TeamGroupId));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("maria_lead", "/status")]
    [InlineData("maria_lead", "/status leads")]
    [InlineData("anna_ads", "/status @ivan_calls")]
    [InlineData("anna_ads", "/reasons")]
    [InlineData("sergey_sales", "/chart")]
    [InlineData("sergey_sales", "/status 2026-W47")]
    [InlineData("maria_lead", "/digest")]
    [InlineData("anna_ads", "/help")]
    [InlineData("mallory", "/status")]
    public async Task Command_InAForeignGroup_OneNoticeADayAndNoTeamData(string username, string command)
    {
        var user = username == "mallory" ? _bot.Driver.CreateUser("Mallory", username, "en") : await _bot.JoinAsync(username, "User");
        var group = _bot.Driver.CreateGroup("A client's group", supergroup: true);

        var first = await _bot.SayAsync(user, Addressed(command), group.Id);
        await _bot.Driver.SendTextAsync(user.Id, command, group.Id);
        await _bot.Driver.SendTextAsync(user.Id, "/status", group.Id);
        await _bot.SettledAsync();

        Assert.Equal(Notice, first.Text);
        Assert.Single(_bot.Driver.BotMessages(group.Id));
        Assert.DoesNotContain(_bot.Driver.BotMessages(group.Id), m => m.Attachment is not null);

        _bot.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await _bot.SayAsync(user, command, group.Id);
        Assert.Equal(Notice, nextDay.Text);
        await _bot.SettledAsync();
        Assert.Equal(2, _bot.Driver.BotMessages(group.Id).Count);
    }

    [Fact]
    public async Task Status_InTheTeamGroup_AnsweredThere_StrangerRefusedWithoutTheTeamsName()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        var mallory = _bot.Driver.CreateUser("Mallory", "mallory", "en");
        var group = _bot.CreateTeamGroup();

        var status = await _bot.SayAsync(maria, "/status@funnelbot_sandbox_bot", group.Id);
        var refused = await _bot.SayAsync(mallory, "/status@funnelbot_sandbox_bot", group.Id);

        Assert.Contains("Leads", status.Text, StringComparison.Ordinal);
        Assert.Equal("Sorry, this bot serves only its team's members.", refused.Text);
    }

    [Fact]
    public async Task Menus_NoneInOtherGroups_TheTeamGroupGetsTheGroupCommands()
    {
        var maria = await _bot.JoinAsync("maria_lead", "Maria");
        _bot.CreateTeamGroup();
        await _bot.StopBotAsync();
        await _bot.StartBotAsync();
        await Eventually.TrueAsync(() => _bot.Driver.CommandsFor(CommandScope.Chat(TestTeam.TeamGroupId)).Count > 0, BotTestHost.Timeout); // its last one

        foreach (var language in new[] { "ru", "en", null })
        {
            Assert.Empty(_bot.Driver.CommandsFor(CommandScope.AllGroupChats, language));
        }

        var teamGroup = _bot.Driver.CommandsFor(CommandScope.Chat(TestTeam.TeamGroupId), "en");
        Assert.Contains(teamGroup, c => c.Command == "status");
        Assert.DoesNotContain(teamGroup, c => c.Command is "checkin" or "invite" or "export");
        Assert.Contains(_bot.Driver.CommandsFor(CommandScope.Chat(maria.Id)), c => c.Command == "invite");
    }

    [Fact]
    public async Task AddedToAForeignGroup_SaysSoOnceAndLeaves()
    {
        var someone = _bot.Driver.CreateUser("Petr", "petr", "ru");

        var group = await _bot.Driver.AddBotToNewGroupAsync("Чужая группа", someone.Id);
        await Eventually.TrueAsync(() => !_bot.Driver.IsBotIn(group.Id), BotTestHost.Timeout);
        await _bot.SettledAsync();

        var said = Assert.Single(_bot.Driver.BotMessages(group.Id));
        Assert.Equal("Здравствуйте! Я работаю для одной команды и только в её собственном чате, поэтому покидаю этот чат.", said.Text);
        Assert.DoesNotContain("Test", said.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddedToAForeignGroup_LeavingSwitchedOff_SaysSoAndStays()
    {
        await using var bot = await StartAsync(configure: c => c["Access"] = new System.Text.Json.Nodes.JsonObject { ["LeaveOtherChats"] = false });
        var someone = bot.Driver.CreateUser("Petr", "petr", "en");

        var group = await bot.Driver.AddBotToNewGroupAsync("Another group", someone.Id);
        var said = await bot.Driver.WaitForMessageAsync(group.Id, m => m.IsFromBot, BotTestHost.Timeout);
        await bot.SettledAsync();

        Assert.Equal("Hello! I serve one team and work only in its own chat, so I will not answer here.", said.Text);
        Assert.True(bot.Driver.IsBotIn(group.Id));
    }

    [Fact]
    public async Task AddedToAGroup_NoTeamChatConfiguredYet_GivesTheIdForTheSettingAndStays()
    {
        await using var bot = await StartAsync(channelChatId: 0);
        var someone = bot.Driver.CreateUser("Petr", "petr", "en");

        var group = await bot.Driver.AddBotToNewGroupAsync("Our new team group", someone.Id);
        var said = await bot.Driver.WaitForMessageAsync(group.Id, m => m.IsFromBot, BotTestHost.Timeout);

        Assert.Equal(
            FormattableString.Invariant($"Hello! No team chat is configured yet. If this is the one, put its id {group.Id} into the setting Team:ChannelChatId and restart me."),
            said.Text);
        Assert.True(bot.Driver.IsBotIn(group.Id));
    }

    /// <summary>"/status leads" as typed in a group for this bot: "/status@funnelbot_sandbox_bot leads".</summary>
    private static string Addressed(string command)
    {
        var space = command.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? command + "@funnelbot_sandbox_bot" : command[..space] + "@funnelbot_sandbox_bot" + command[space..];
    }

    private static Task<BotTestHost> StartAsync(long channelChatId = TestTeam.TeamGroupId, Action<System.Text.Json.Nodes.JsonObject>? configure = null)
    {
        var configuration = TestTeam.Configuration(channelChatId: channelChatId);
        configure?.Invoke(configuration);
        return BotTestHost.StartAsync(configuration);
    }
}
