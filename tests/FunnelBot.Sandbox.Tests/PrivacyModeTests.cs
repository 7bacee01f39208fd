using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;

namespace FunnelBot.Sandbox.Tests;

public sealed class PrivacyModeTests : EmulatorTestBase
{
    protected override EmulatorOptions Options => new() { BotToken = Token, GroupPrivacyMode = true };

    [Fact]
    public async Task GroupMessages_PrivacyModeOn_BotGetsOnlyItsCommands()
    {
        var user = Driver.CreateUser("Anna");
        var group = Driver.CreateGroup("Marketing");
        foreach (var text in new[] { "hello all", "/status", "/status@other_bot", "/status@FunnelBot_Sandbox_Bot week" })
        {
            await Driver.SendTextAsync(user.Id, text, group.Id);
        }

        await Driver.SendTextAsync(user.Id, "private chat is always seen");
        var updates = await Bot.GetUpdates();
        var me = await Bot.GetMe();

        Assert.Equal(
            ["/status", "/status@FunnelBot_Sandbox_Bot week", "private chat is always seen"],
            updates.Select(u => u.Message!.Text));
        Assert.Equal(4, Driver.Messages(group.Id).Count);
        Assert.False(me.CanReadAllGroupMessages);
    }
}
