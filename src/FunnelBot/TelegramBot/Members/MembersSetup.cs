using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.TelegramBot.Members;

/// <summary>Registers the team's members in Telegram: bindings, invitations, bind requests, the welcome, <c>/invite</c> and <c>/unbind</c>.</summary>
public static class MembersSetup
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<MemberBindingStore>();
        services.AddSingleton<MemberDirectory>();
        services.AddSingleton<MemberCultures>();
        services.AddSingleton<MemberReachability>();
        services.AddSingleton<InviteStore>();
        services.AddSingleton<BindRequestStore>();
        services.AddSingleton<MemberWelcome>();
        services.AddSingleton<MemberBinder>();
        services.AddSingleton<IBotCommand, InviteCommand>();
        services.AddSingleton<IBotCommand, UnbindCommand>();
        services.AddSingleton<ICallbackHandler, BindRequestCallbacks>();
        return services;
    }
}
