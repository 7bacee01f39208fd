using System.Net;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.HttpApi.Support;

namespace FunnelBot.Tests.HttpApi;

/// <summary>In webhook mode <c>/readyz</c> counts deliveries as Telegram heard, and the metrics count them by how they came.</summary>
[Collection(nameof(MetricsScrapes))]
public sealed class WebhookReadinessTests
{
    [Fact]
    public async Task Ready_InWebhookMode_HealthyAndDeliveriesCountedAsWebhook()
    {
        await using var bot = await BotTestHost.StartAsync(webhook: true);
        var anna = await bot.JoinAsync("anna_ads", "Anna");
        using var http = HealthTests.Client(bot);

        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var families = PrometheusText.Parse(await http.GetStringAsync(new Uri("/metrics", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var received = families["funnelbot_updates_received_total"].Samples;
        Assert.Contains(received, s => s.Labels.GetValueOrDefault("source") == "webhook" && s.Value >= 1);
        Assert.DoesNotContain(received, s => s.Labels.GetValueOrDefault("source") == "polling");
        Assert.NotEqual(0, anna.Id);
    }
}
