using FunnelBot.TelegramBot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Hosting;

/// <summary>Builds the long-running bot host: configuration sources, console logging, and every area of FunnelBot.</summary>
public static class BotHostBuilder
{
    public static HostApplicationBuilder Create(ConfigurationSources sources, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        sources.AddTo(builder.Configuration);
        builder.Services.AddSingleton(time);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);

        // Request URLs carry the bot token: HTTP client logging stays off even if someone raises the levels.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.AddFunnelBot().AddTelegramBot();
        return builder;
    }
}
