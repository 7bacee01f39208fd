using FunnelBot.Reporting.Charts;
using FunnelBot.Reporting.Digest.Sections;
using FunnelBot.Reporting.Digest.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FunnelBot.Reporting.Digest;

/// <summary>
/// Registers the digest: its composer, the built-in sections, the chart, and the empty sources that issues 4 and 7
/// replace (register your own <see cref="IOverdueTasks"/>, <see cref="IDeviationNotes"/> or <see cref="IAwayCalendar"/>
/// before or after this: the defaults are added with TryAdd, and a later registration wins anyway).
/// </summary>
public static class DigestSetup
{
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.TryAddSingleton<IOverdueTasks, NoTasksYet>();
        services.TryAddSingleton<IDeviationNotes, NoDeviationNotesYet>();
        services.TryAddSingleton<IAwayCalendar, NobodyAway>();
        services.AddSingleton<DigestNames>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<ChartDataFromInput>();
        services.AddSingleton<IDigestChart, DigestChart>();
        services.AddSingleton<DigestMessages>();
        services.AddSingleton<IDigestSection, MetricsSection>();
        services.AddSingleton<IDigestSection, RatiosSection>();
        services.AddSingleton<IDigestSection, StandingIssuesSection>();
        services.AddSingleton<IDigestSection, DeviationNotesSection>();
        services.AddSingleton<IDigestSection, OverdueTasksSection>();
        services.AddSingleton<IDigestSection, NonReportersSection>();
        services.AddSingleton<IDigestSection, GreenZoneSection>();
        return services;
    }
}
