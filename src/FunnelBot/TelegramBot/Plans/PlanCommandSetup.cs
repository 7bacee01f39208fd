using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>Registers <c>/plan</c>: viewing and setting plans, taking last year's figures, and its buttons.</summary>
public static class PlanCommandSetup
{
    public static IServiceCollection AddPlanCommand(this IServiceCollection services)
    {
        services.AddSingleton<PlanViewRenderer>();
        services.AddSingleton<PlanChangeRenderer>();
        services.AddSingleton<PlanSetAction>();
        services.AddSingleton<PlanFromLastYearAction>();
        services.AddSingleton<IBotCommand, PlanCommand>();
        services.AddSingleton<ICallbackHandler, PlanCallbacks>();
        return services;
    }
}
