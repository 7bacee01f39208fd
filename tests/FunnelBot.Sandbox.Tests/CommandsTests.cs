using FunnelBot.Sandbox.State;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FunnelBot.Sandbox.Tests;

public sealed class CommandsTests : EmulatorTestBase
{
    [Fact]
    public async Task SetMyCommands_PerScopeAndLanguage_ReadableThroughDriver()
    {
        var group = Driver.CreateGroup("Marketing");
        await Bot.SetMyCommands([new BotCommand("status", "Funnel status")]);
        await Bot.SetMyCommands([new BotCommand("status", "Stand des Funnels")], languageCode: "de");
        await Bot.SetMyCommands([new BotCommand("help", "Help"), new BotCommand("start", "Start")], new BotCommandScopeAllPrivateChats());
        await Bot.SetMyCommands([new BotCommand("report", "Weekly report")], new BotCommandScopeChat { ChatId = group.Id });

        Assert.Equal("Funnel status", Assert.Single(Driver.CommandsFor(CommandScope.Default)).Description);
        Assert.Equal("Stand des Funnels", Assert.Single(Driver.CommandsFor(CommandScope.Default, "de")).Description);
        Assert.Equal(["help", "start"], Driver.CommandsFor(CommandScope.AllPrivateChats).Select(c => c.Command));
        Assert.Equal("report", Assert.Single(Driver.CommandsFor(CommandScope.Chat(group.Id))).Command);
        Assert.Empty(Driver.CommandsFor(CommandScope.AllGroupChats));
    }

    [Fact]
    public async Task GetMyCommands_AfterSetAndDelete_ReflectsStore()
    {
        await Bot.SetMyCommands([new BotCommand("status", "Funnel status")], new BotCommandScopeAllGroupChats(), "en");

        var stored = await Bot.GetMyCommands(new BotCommandScopeAllGroupChats(), "en");
        await Bot.DeleteMyCommands(new BotCommandScopeAllGroupChats(), "en");
        var afterDelete = await Bot.GetMyCommands(new BotCommandScopeAllGroupChats(), "en");

        Assert.Equal("status", Assert.Single(stored).Command);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task CommandsShownTo_FollowsTelegramResolutionOrder()
    {
        var german = Driver.CreateUser("Anna", languageCode: "de-AT");
        var english = Driver.CreateUser("Ben", languageCode: "en");
        var group = Driver.CreateGroup("Marketing");
        var other = Driver.CreateGroup("Sales");
        await Bot.SetMyCommands([new BotCommand("status", "Status")]);
        await Bot.SetMyCommands([new BotCommand("status", "Stand")], languageCode: "de");
        await Bot.SetMyCommands([new BotCommand("start", "Start")], new BotCommandScopeAllPrivateChats());
        await Bot.SetMyCommands([new BotCommand("report", "Report")], new BotCommandScopeChat { ChatId = group.Id });
        await Bot.SetMyCommands([new BotCommand("admin", "Admin")], new BotCommandScopeAllChatAdministrators());

        Assert.Equal("start", Assert.Single(Driver.CommandsShownTo(english.Id)).Command);
        Assert.Equal("report", Assert.Single(Driver.CommandsShownTo(english.Id, group.Id)).Command);
        Assert.Equal("Stand", Assert.Single(Driver.CommandsShownTo(german.Id, other.Id)).Description);
        Assert.Equal("Status", Assert.Single(Driver.CommandsShownTo(english.Id, other.Id)).Description);
        Assert.Equal("admin", Assert.Single(Driver.CommandsShownTo(english.Id, other.Id, isAdmin: true)).Command);
    }

    [Theory]
    [InlineData("Status")]
    [InlineData("with-dash")]
    [InlineData("")]
    public async Task SetMyCommands_InvalidCommand_Is400(string command)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetMyCommands([new BotCommand(command, "d")]));

        Assert.Equal(400, error.ErrorCode);
    }
}
