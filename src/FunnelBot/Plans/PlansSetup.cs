using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Plans;

/// <summary>Registers the plan services shared by the bot and the command line.</summary>
public static class PlansSetup
{
    public static IHostApplicationBuilder AddPlans(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PlanFromLastYearService>();
        return builder;
    }
}
