using FunnelBot.Scheduling;
using FunnelBot.TelegramBot;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Hosting;

/// <summary>Builds the long-running bot host: FunnelBot's host plus console logging and the Telegram side.</summary>
public static class BotHostBuilder
{
    public static HostApplicationBuilder Create(ConfigurationSources sources, TimeProvider time)
    {
        var builder = FunnelBotHost.CreateBuilder(sources, time);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);

        // Request URLs carry the bot token: HTTP client logging stays off even if someone raises the levels.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.AddTelegramBot();
        builder.AddScheduling();
        return builder;
    }
}
