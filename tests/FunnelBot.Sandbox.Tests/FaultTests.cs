using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.Sandbox.Tests;

public sealed class FaultTests : EmulatorTestBase
{
    [Fact]
    public async Task TooManyRequests_RetryDisabled_SurfacesAs429WithRetryAfter()
    {
        var user = Driver.CreateUser("Anna");
        Faults.TooManyRequests(1, retryAfterSeconds: 7, method: "sendMessage");
        var bot = CreateClient(o => o.RetryThreshold = 0);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.Id, "hi"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 7", error.Message);
        Assert.Equal(7, error.Parameters!.RetryAfter);
        Assert.Equal(1, Faults.InjectedCount(FaultKind.TooManyRequests, "sendMessage"));
        Assert.Empty(Driver.BotMessages(user.Id));
    }

    [Fact]
    public async Task TooManyRequests_DefaultClientOptions_ClientRetriesAndSucceeds()
    {
        var user = Driver.CreateUser("Anna");
        Faults.TooManyRequests(2, retryAfterSeconds: 1, method: "sendMessage");

        var sent = await Bot.SendMessage(user.Id, "eventually");

        Assert.Equal("eventually", sent.Text);
        Assert.Equal(2, Faults.InjectedCount(FaultKind.TooManyRequests));
        Assert.Equal(3, Driver.RequestCount("sendMessage"));
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    public async Task ServerError_Injected_SurfacesAsApiRequestException(int status, string description)
    {
        var user = Driver.CreateUser("Anna");
        Faults.ServerErrors(1, status, "sendMessage");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "hi"));
        var next = await Bot.SendMessage(user.Id, "hi again");

        Assert.Equal(status, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Equal("hi again", next.Text);
        Assert.Equal(1, Faults.InjectedCount(FaultKind.ServerError, "sendMessage"));
    }

    [Fact]
    public async Task DroppedConnection_Injected_SurfacesAsRequestException()
    {
        Faults.DropConnections(1, "getMe");

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => Bot.GetMe());

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal(1, Faults.InjectedCount(FaultKind.DroppedConnection));
        Assert.Equal("funnelbot_sandbox_bot", (await Bot.GetMe()).Username);
    }

    [Fact]
    public async Task Faults_TargetSendMessage_GetUpdatesStaysHealthy()
    {
        var user = Driver.CreateUser("Anna");
        Faults.ServerErrors(5, 500, "sendMessage");
        await Driver.SendTextAsync(user.Id, "hi");

        var updates = await Bot.GetUpdates();

        Assert.Single(updates);
        Assert.Equal(0, Faults.InjectedCount(FaultKind.ServerError));
    }

    [Fact]
    public async Task BlockedUser_SendMessage_Is403AndBotGetsMyChatMember()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.BlockBotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(user.Id, "hi"));
        var update = Assert.Single(await Bot.GetUpdates());

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Equal(ChatMemberStatus.Kicked, update.MyChatMember!.NewChatMember.Status);
        Assert.Equal(ChatMemberStatus.Member, update.MyChatMember.OldChatMember.Status);
        Assert.Equal(user.Id, update.MyChatMember.From.Id);
    }

    [Fact]
    public async Task UnblockedUser_SendMessage_Succeeds()
    {
        var user = Driver.CreateUser("Anna");
        await Driver.BlockBotAsync(user.Id);
        await Driver.UnblockBotAsync(user.Id);

        var sent = await Bot.SendMessage(user.Id, "welcome back");
        var updates = await Bot.GetUpdates();

        Assert.Equal("welcome back", sent.Text);
        Assert.Equal(ChatMemberStatus.Member, updates[1].MyChatMember!.NewChatMember.Status);
    }
}
