using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Plans;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Hosting;

/// <summary>The composition root of the domain side: configuration, storage, data files, plans and reporting (the bot and the scheduler are added by <see cref="BotHostBuilder"/>).</summary>
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
