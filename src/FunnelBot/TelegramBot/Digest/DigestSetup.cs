using FunnelBot.Reporting.Charts;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Digest.Sections;
using FunnelBot.TelegramBot.Digest.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>Registers the digest: its sources (tasks, causes and countermeasures, absences from the stores), composer, sections, chart, <c>/chart</c> and <c>/digest</c>.</summary>
public static class DigestSetup
{
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddSingleton<IOverdueTasks, StoredOverdueTasks>();
        services.AddSingleton<IDeviationNotes, StoredDeviationNotes>();
        services.AddSingleton<IAwayCalendar, StoredAwayCalendar>();
        services.AddSingleton<DigestNames>();
        services.AddSingleton<DigestFocus>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<ChartDataFromInput>();
        services.AddSingleton<IDigestChart, DigestChart>();
        services.AddSingleton<MetricTrendChart>();
        services.AddSingleton<DigestMessages>();
        services.AddSingleton<IDigestSection, HeadlineSection>();
        services.AddSingleton<IDigestSection, AttentionSection>();
        services.AddSingleton<IDigestSection, DeviationNotesSection>();
        services.AddSingleton<IDigestSection, OverdueTasksSection>();
        services.AddSingleton<IDigestSection, FunnelFindingsSection>();
        services.AddSingleton<IDigestSection, NonReportersSection>();
        services.AddSingleton<IDigestSection, GreenZoneSection>();
        services.AddSingleton<IBotCommand, ChartCommand>();
        services.AddSingleton<IBotCommand, DigestCommand>();
        services.AddSingleton<ICallbackHandler, DigestCallbacks>();
        return services;
    }
}
