using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Reasons;

/// <summary>Registers <c>/reasons</c>, the causes of a period's deviations, biggest first.</summary>
public static class ReasonsSetup
{
    public static IServiceCollection AddReasons(this IServiceCollection services) =>
        services.AddSingleton<IBotCommand, ReasonsCommand>();
}
