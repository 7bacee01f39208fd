using FunnelBot.AbTesting;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Plans;
using FunnelBot.Reporting;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Hosting;

/// <summary>
/// What every entry point's host has: one extension per area, and the scheduled jobs' settings the configuration is
/// checked against. The bot's host adds the Telegram side and the scheduler (<see cref="BotHostBuilder"/>).
/// </summary>
public static class FunnelBotSetup
{
    public static IHostApplicationBuilder AddFunnelBot(this IHostApplicationBuilder builder) =>
        builder
            .AddFunnelBotConfiguration()
            .AddScheduledJobSettings()
            .AddStorage()
            .AddDataFiles()
            .AddPlans()
            .AddReporting()
            .AddAbTesting();
}
