using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Polling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunnelBot.HttpApi.Health;

/// <summary>Ready only while Telegram was heard recently (the last answered poll or webhook delivery, <c>Http:MaxUpdateSilence</c>).</summary>
public sealed class UpdateSilenceHealthCheck(UpdateHeartbeat heartbeat, HttpOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(heartbeat.Silence switch
        {
            null => HealthCheckResult.Unhealthy("Telegram has not been reached yet"),
            var silence when silence > options.MaxUpdateSilence =>
                HealthCheckResult.Unhealthy($"no answer from Telegram about updates for {silence.Value.TotalSeconds:0} s"),
            _ => HealthCheckResult.Healthy(),
        });
}
