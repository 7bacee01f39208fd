using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.Reporting.Charts;

/// <summary>Registers the charts' PNG renderers: the digest's (data from <see cref="ChartDataFromInput"/>) and one metric's weeks.</summary>
public static class ChartsSetup
{
    public static IServiceCollection AddDigestChart(this IServiceCollection services)
    {
        services.AddSingleton<DigestChartRenderer>();
        services.AddSingleton<MetricTrendRenderer>();
        return services;
    }
}
