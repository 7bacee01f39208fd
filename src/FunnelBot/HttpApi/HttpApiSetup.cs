using FunnelBot.Configuration;
using FunnelBot.HttpApi.Health;
using FunnelBot.HttpApi.Metrics;
using FunnelBot.HttpApi.PushApi;
using FunnelBot.HttpApi.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi;

/// <summary>Registers the bot's HTTP host (<see cref="HttpApiHost"/>) and its parts; it listens only when <c>Http:Urls</c> is set.</summary>
public static class HttpApiSetup
{
    public static IHostApplicationBuilder AddHttpApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<HttpOptions>, HttpOptionsValidator>();
        services.AddOptions<HttpOptions>().ValidateOnStart();
        services.AddSingleton<IHttpEndpoints, HealthEndpoints>();
        services.AddSingleton<IHttpEndpoints, MetricsEndpoints>();
        services.AddSingleton<IHttpEndpoints, PushApiEndpoints>();
        services.AddSingleton<IHttpEndpoints, WebhookEndpoints>();
        services.AddSingleton<IValidateOptions<TelegramOptions>, WebhookOptionsValidator>();
        services.AddSingleton<HttpApiHost>();
        services.AddHostedService(provider => provider.GetRequiredService<HttpApiHost>());
        return builder;
    }
}
