using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Attention;

/// <summary>Registers <c>/attention</c>: what needs the manager, and the line of the manager's <c>/status</c>.</summary>
public static class AttentionSetup
{
    public static IServiceCollection AddAttention(this IServiceCollection services) =>
        services
            .AddSingleton<ManagerAttention>()
            .AddSingleton<AttentionRenderer>()
            .AddSingleton<IBotCommand, AttentionCommand>();
}
