using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Plans;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Hosting;

/// <summary>The composition root: one extension per area (the bot and the scheduler join here later).</summary>
public static class FunnelBotSetup
{
    public static IHostApplicationBuilder AddFunnelBot(this IHostApplicationBuilder builder) =>
        builder
            .AddFunnelBotConfiguration()
            .AddStorage()
            .AddDataFiles()
            .AddPlans()
            .AddReporting();
}
