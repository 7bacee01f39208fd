using FunnelBot.Configuration;
using FunnelBot.HttpApi;
using FunnelBot.Scheduling;
using FunnelBot.Storage;
using FunnelBot.TelegramBot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        // The Logging section (Logging:LogLevel:Default, Logging:LogLevel:FunnelBot, ...) refines the levels above.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));

        // Request URLs carry the bot token: HTTP client logging stays off whatever the settings say. The bot's HttpClient
        // has no loggers at all (TelegramBotSetup); this rule, added after the configured ones, wins over the same category.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);

        builder.Services.AddSingleton(provider => new DatabaseInstanceLock(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, InstanceLockStartup>());
        builder.AddTelegramBot();
        builder.AddScheduling();
        builder.AddHttpApi();
        return builder;
    }
}
