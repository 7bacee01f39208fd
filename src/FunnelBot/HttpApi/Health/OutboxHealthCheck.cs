using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Outgoing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunnelBot.HttpApi.Health;

/// <summary>Ready only while the outbox moves: its oldest message waited no longer than <c>Http:MaxOutboxAge</c>.</summary>
public sealed class OutboxHealthCheck(OutboxStore outbox, HttpOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(outbox.OldestAge() is { } age && age > options.MaxOutboxAge
            ? HealthCheckResult.Unhealthy($"the oldest message has waited in the outbox for {age.TotalSeconds:0} s")
            : HealthCheckResult.Healthy());
}
