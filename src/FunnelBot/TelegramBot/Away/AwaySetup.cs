using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Away;

/// <summary>Registers <c>/away</c>, its buttons and the plan offer (the store and the away calendar come with storage and reporting).</summary>
public static class AwaySetup
{
    public static IServiceCollection AddAwayCommand(this IServiceCollection services)
    {
        services.AddSingleton<AwayRenderer>();
        services.AddSingleton<AwayPlanOffer>();
        services.AddSingleton<AwayPlanAnswer>();
        services.AddSingleton<IBotCommand, AwayCommand>();
        services.AddSingleton<ICallbackHandler, AwayCallbacks>();
        return services;
    }
}
