using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

public sealed class ReachabilityTests : EmulatorTestBase
{
    [Fact]
    public async Task SendMessage_UserNeverStartedBot_Is403UntilTheyWrite()
    {
        var user = Driver.CreateUser("Anna", hasStartedBot: false);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "hi"));
        await Driver.SendTextAsync(user.Id, "/start");
        var sent = await Bot.SendMessage(user.Id, "welcome");

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot can't initiate conversation with a user", error.Message);
        Assert.Equal("welcome", sent.Text);
    }

    [Theory]
    [InlineData(false, "Forbidden: bot was kicked from the group chat", ChatMemberStatus.Left)]
    [InlineData(true, "Forbidden: bot was kicked from the supergroup chat", ChatMemberStatus.Kicked)]
    public async Task SendMessage_BotRemovedFromGroup_Is403AndBotGetsMyChatMember(bool supergroup, string description, ChatMemberStatus status)
    {
        var admin = Driver.CreateUser("Anna");
        var group = Driver.CreateGroup("Marketing", supergroup);
        await Driver.RemoveBotFromChatAsync(group.Id, admin.Id);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(group.Id, "report"));
        var update = Assert.Single(await Bot.GetUpdates()).MyChatMember!;

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Equal(group.Id, update.Chat.Id);
        Assert.Equal(status, update.NewChatMember.Status);
    }

    [Fact]
    public async Task SendMessage_BotAddedBack_Succeeds()
    {
        var admin = Driver.CreateUser("Anna");
        var group = Driver.CreateGroup("Marketing");
        await Driver.RemoveBotFromChatAsync(group.Id, admin.Id);
        await Driver.AddBotToChatAsync(group.Id, admin.Id);

        var sent = await Bot.SendMessage(group.Id, "back");

        Assert.Equal("back", sent.Text);
        Assert.Equal(2, Driver.PendingUpdates.Count(u => u.Type == "my_chat_member"));
    }

    [Fact]
    public async Task SendChatAction_BlockedUser_Is403()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.BlockBotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendChatAction(user.Id, ChatAction.Typing));

        Assert.Equal(403, error.ErrorCode);
    }
}
