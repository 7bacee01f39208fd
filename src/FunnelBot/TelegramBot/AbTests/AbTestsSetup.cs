using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.AbTests;

/// <summary>Registers <c>/ab</c>, its card button and the digest's running tests (the store and the rules come with storage and A/B testing).</summary>
public static class AbTestsSetup
{
    public static IServiceCollection AddAbTests(this IServiceCollection services)
    {
        services.AddSingleton<AbTestAccess>();
        services.AddSingleton<AbTestRenderer>();
        services.AddSingleton<AbNewAction>();
        services.AddSingleton<AbAddAction>();
        services.AddSingleton<AbFinishAction>();
        services.AddSingleton<AbTestCheckInQuestion>();
        services.AddSingleton<AbTestCheckInAnswer>();
        services.AddSingleton<IBotCommand, AbCommand>();
        services.AddSingleton<ICallbackHandler, AbTestCallbacks>();
        services.AddSingleton<IDigestSection, AbTestsDigestSection>();
        return services;
    }
}
