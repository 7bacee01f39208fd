using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Naming;

/// <summary>Registers the readers of metric and member names in commands and the buttons that choose between them.</summary>
public static class NamingSetup
{
    public static IServiceCollection AddNaming(this IServiceCollection services)
    {
        services.AddSingleton<MetricResolver>();
        services.AddSingleton<MemberResolver>();
        services.AddSingleton<NameChoiceStore>();
        services.AddSingleton<NameChoices>();
        services.AddSingleton<MentionedMember>();
        services.AddSingleton<ICallbackHandler, NameChoiceCallbacks>();
        return services;
    }
}
