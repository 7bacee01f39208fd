using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.ApiKeys;

/// <summary>Registers <c>/apikey</c>, the manager's keys of the push API.</summary>
public static class ApiKeysSetup
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services) =>
        services.AddSingleton<IBotCommand, ApiKeyCommand>();
}
