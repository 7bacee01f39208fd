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
