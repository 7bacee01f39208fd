using System.Text.Json;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Polling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi.Health;

/// <summary>
/// <c>GET /healthz</c>: live (the process answers; no checks). <c>GET /readyz</c>: ready (the database reads, Telegram
/// was heard recently, the outbox moves). 200 when healthy, 503 when not, as orchestrators expect; the body is JSON
/// with each check's status and, when failing, why.
/// </summary>
public sealed class HealthEndpoints : IHttpEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    private const string ReadyTag = "ready";

    public void AddServices(IServiceCollection web, IServiceProvider bot)
    {
        var options = bot.GetRequiredService<IOptions<HttpOptions>>().Value;
        web.AddHealthChecks()
            .AddCheck("database", new DatabaseHealthCheck(bot.GetRequiredService<DatabaseInfoStore>()), tags: [ReadyTag])
            .AddCheck("updates", new UpdateSilenceHealthCheck(bot.GetRequiredService<UpdateHeartbeat>(), options), tags: [ReadyTag])
            .AddCheck("outbox", new OutboxHealthCheck(bot.GetRequiredService<OutboxStore>(), options), tags: [ReadyTag]);
    }

    public void Map(WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthEntry(Status(entry.Value.Status), entry.Value.Status == HealthStatus.Healthy ? null : entry.Value.Description));
        return JsonSerializer.SerializeAsync(context.Response.Body, new HealthBody(Status(report.Status), checks), HealthJson.Default.HealthBody, context.RequestAborted);
    }

    private static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
