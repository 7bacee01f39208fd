using System.Net;
using System.Text.Json;
using FunnelBot.Sandbox.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FunnelBot.Sandbox.Tests;

public sealed class GetMeTests : EmulatorTestBase
{
    [Fact]
    public async Task GetMe_ConfiguredBot_ReturnsBotUser()
    {
        var me = await Bot.GetMe();

        Assert.True(me.IsBot);
        Assert.Equal(123456, me.Id);
        Assert.Equal("funnelbot_sandbox_bot", me.Username);
        Assert.Equal(1, Driver.RequestCount("getMe"));
    }

    [Fact]
    public async Task GetMe_TokenContainingBot_Served()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions { BotToken = "987654:AAbotBB-botCC" });
        var client = new TelegramBotClient(new TelegramBotClientOptions("987654:AAbotBB-botCC", emulator.BaseUrl.ToString()));

        var me = await client.GetMe();

        Assert.Equal(987654, me.Id);
        Assert.Equal(1, emulator.Driver.RequestCount("getMe"));
    }

    [Fact]
    public async Task AnyMethod_WrongToken_Returns401Unauthorized()
    {
        var stranger = CreateClient(token: "654321:OTHER-token");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task UnknownMethod_Returns404ShapedLikeTelegram()
    {
        using var http = CreateHttpClient();

        using var response = await http.PostAsync($"/bot{Token}/sendUnicorn", null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(body.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(404, body.RootElement.GetProperty("error_code").GetInt32());
        Assert.Equal("Not Found: method not found", body.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task BaseUrl_HasSchemeHostAndPortOnly()
    {
        Assert.Equal("127.0.0.1", Emulator.BaseUrl.Host);
        Assert.NotEqual(0, Emulator.BaseUrl.Port);
        Assert.Equal("/", Emulator.BaseUrl.AbsolutePath);
        await Bot.DeleteWebhook();
        await Bot.Close();
        Assert.Equal(1, Driver.RequestCount("deleteWebhook"));
    }
}
