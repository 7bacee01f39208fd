using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Status;

/// <summary>Registers <c>/status</c>, its renderer and the scorecard texts it keeps.</summary>
public static class StatusSetup
{
    public static IServiceCollection AddStatus(this IServiceCollection services)
    {
        services.AddSingleton<StatusRenderer>();
        services.AddSingleton<ScorecardTexts>();
        services.AddSingleton<IBotCommand, StatusCommand>();
        return services;
    }
}
