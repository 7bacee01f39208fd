using FunnelBot.Lifetime;
using FunnelBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace FunnelBot.HttpApi.Metrics;

/// <summary>
/// <c>GET /metrics</c>: the bot's meter (<see cref="BotMeter"/>) and the HTTP host's own request metrics in the
/// Prometheus text format, through OpenTelemetry's Prometheus exporter.
/// </summary>
public sealed class MetricsEndpoints : IHttpEndpoints
{
    public const string Path = "/metrics";

    public void AddServices(IServiceCollection web, IServiceProvider bot)
    {
        // Instruments that only observe (the database's size) exist once their owner does.
        _ = bot.GetRequiredService<StorageMetrics>();
        web.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMeter.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
    }

    public void Map(WebApplication app) => app.MapPrometheusScrapingEndpoint(Path);
}
