using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Reporting.Charts;

/// <summary>Registers the digest chart: its data builder (over the scorecard service) and its PNG renderer.</summary>
public static class ChartsSetup
{
    public static IServiceCollection AddDigestChart(this IServiceCollection services)
    {
        services.AddSingleton<DigestChartDataBuilder>();
        services.AddSingleton<DigestChartRenderer>();
        return services;
    }
}
