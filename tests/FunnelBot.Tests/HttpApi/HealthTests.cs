using System.Net;
using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.HttpApi;
using FunnelBot.HttpApi.Health;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using FunnelBot.Tests.Bot.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using FunnelBot.Tests.HttpApi.Support;
using Microsoft.Extensions.Time.Testing;

namespace FunnelBot.Tests.HttpApi;

/// <summary><c>/healthz</c> and <c>/readyz</c> over real HTTP, answering 200 or 503 with each check's status.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task HealthAndReady_RunningBot_200WithEveryCheckHealthy()
    {
        await using var bot = await BotTestHost.StartAsync(settings: HttpHostTests.OnAFreePort);
        using var http = Client(bot);

        using var live = await http.GetAsync(new Uri(HealthEndpoints.LivePath, UriKind.Relative));
        using var ready = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("healthy", (await ReadAsync(live)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ReadAsync(ready);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(
            ["database", "outbox", "updates"],
            body.GetProperty("checks").EnumerateObject().Select(check => check.Name).Order(StringComparer.Ordinal));
        Assert.All(body.GetProperty("checks").EnumerateObject(), check => Assert.Equal("healthy", check.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Ready_OutboxStuckThenMoving_503NamingTheOutboxThen200()
    {
        await using var bot = await BotTestHost.StartAsync(settings: HttpHostTests.OnAFreePort);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        await bot.StopBotAsync();
        using (var database = new FunnelDatabase(bot.DatabasePath, null))
        {
            database.Collection<OutgoingMessage>("outbox").Insert(new OutgoingMessage
            {
                ChatId = anna.Id,
                Html = "waiting since an hour ago",
                CreatedAt = DateTime.UtcNow.AddHours(-1),
            });
        }

        bot.Emulator.Faults.ServerErrors(1000, 502, "sendMessage", anna.Id);
        await bot.StartBotAsync();
        using var http = Client(bot);

        using var stuck = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));
        var body = await ReadAsync(stuck);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        Assert.StartsWith("the oldest message has waited in the outbox for ", body.GetProperty("checks").GetProperty("outbox").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        bot.Emulator.Faults.Clear();
        await bot.WaitForOutboxAsync();
        using var moving = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, moving.StatusCode);
    }

    [Fact]
    public async Task UpdateSilence_NeverHeardThenHeardThenSilentTooLong_UnhealthyHealthyUnhealthy()
    {
        var time = new FakeTimeProvider();
        using var meters = new ServiceProviderMeters();
        var heartbeat = new UpdateHeartbeat(new SendClock(time), meters.Factory);
        var check = new UpdateSilenceHealthCheck(heartbeat, new HttpOptions { MaxUpdateSilence = TimeSpan.FromMinutes(3) });

        var never = await check.CheckHealthAsync(new HealthCheckContext());
        heartbeat.Beat();
        time.Advance(TimeSpan.FromMinutes(3));
        var heard = await check.CheckHealthAsync(new HealthCheckContext());
        time.Advance(TimeSpan.FromSeconds(1));
        var silent = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "Telegram has not been reached yet"), (never.Status, never.Description));
        Assert.Equal(HealthStatus.Healthy, heard.Status);
        Assert.Equal((HealthStatus.Unhealthy, "no answer from Telegram about updates for 181 s"), (silent.Status, silent.Description));
    }

    [Fact]
    public async Task Database_Closed_Unhealthy()
    {
        using var folder = new FunnelBot.Tests.Support.TempFolder();
        var database = new FunnelDatabase(folder.File("funnelbot.db"), null);
        var info = new DatabaseInfoStore(database, TimeProvider.System);
        info.RecordIfMissing(DatabaseKind.Team);
        var check = new DatabaseHealthCheck(info);

        var open = await check.CheckHealthAsync(new HealthCheckContext());
        database.Dispose();
        var closed = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, open.Status);
        Assert.Equal((HealthStatus.Unhealthy, "the database cannot be read"), (closed.Status, closed.Description));
    }

    internal static HttpClient Client(BotTestHost bot) => new() { BaseAddress = Assert.Single(bot.Service<HttpApiHost>().Addresses) };

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
