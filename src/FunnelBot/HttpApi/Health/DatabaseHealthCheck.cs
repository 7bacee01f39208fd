using FunnelBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FunnelBot.HttpApi.Health;

/// <summary>Ready only while the database answers a read (its record of what it is).</summary>
public sealed class DatabaseHealthCheck(DatabaseInfoStore info) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(info.Find() is null
                ? HealthCheckResult.Unhealthy("the database has no record of what it is")
                : HealthCheckResult.Healthy());
        }
#pragma warning disable CA1031 // Whatever the database throws, the answer is "not ready", not a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the database cannot be read", exception));
        }
    }
}
