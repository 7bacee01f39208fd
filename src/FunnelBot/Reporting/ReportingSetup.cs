using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Scorecards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Reporting;

/// <summary>
/// Registers the scorecard (its input, its cache, the automatic metrics and the reporting week), the digest chart, the
/// week's notes and the cause catalogue; the text and JSON renderers are static functions.
/// </summary>
public static class ReportingSetup
{
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReportingWeek>();
        builder.Services.AddSingleton<AutomaticMetricValues>();
        builder.Services.AddSingleton<ScorecardInputCache>();
        builder.Services.AddSingleton<ScorecardService>();
        builder.Services.AddSingleton<FunnelPlausibility>();
        Charts.ChartsSetup.AddDigestChart(builder.Services);
        builder.Services.AddSingleton<WeekNotesService>();
        builder.Services.TryAddSingleton(provider => new CauseCatalogue(provider.GetRequiredService<TeamConfiguration>().Causes));
        return builder;
    }
}
