using FunnelBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FunnelBot.AbTesting;

/// <summary>Registers the checked <c>AbTests</c> settings and the rules every A/B analysis is read with.</summary>
public static class AbTestingSetup
{
    public static IHostApplicationBuilder AddAbTesting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AbTestOptions>().BindConfiguration(AbTestOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AbTestOptions>, AbTestOptionsValidator>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AbTestOptions>>().Value;
            return new AbTestRules(options.MinimumPerVariant, options.MinimumDetectableLift);
        });
        return builder;
    }
}
