using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>Registers the follow-up of closed countermeasures (checked <c>Countermeasures</c> settings) and <c>/worked</c>.</summary>
public static class WorkedSetup
{
    public static IServiceCollection AddWorked(this IServiceCollection services)
    {
        services.AddOptions<CountermeasureOptions>().BindConfiguration(CountermeasureOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CountermeasureOptions>, CountermeasureOptionsValidator>();
        services.AddSingleton<CountermeasureFollowUps>();
        services.AddSingleton<WorkedData>();
        services.AddSingleton<WorkedRenderer>();
        services.AddSingleton<IBotCommand, WorkedCommand>();
        return services;
    }
}
