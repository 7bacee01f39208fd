using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Reporting.Charts;

/// <summary>Registers the digest chart's PNG renderer; its data comes from <see cref="ChartDataFromInput"/>.</summary>
public static class ChartsSetup
{
    public static IServiceCollection AddDigestChart(this IServiceCollection services)
    {
        services.AddSingleton<DigestChartRenderer>();
        return services;
    }
}
