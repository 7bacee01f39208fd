using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Hosting;

/// <summary>
/// The host builder every entry point starts from: only FunnelBot's own configuration sources (no appsettings, no
/// unprefixed environment), the given clock, and <see cref="FunnelBotSetup.AddFunnelBot"/>. The command line builds
/// it without starting it; the bot will add logging and its services, then run it.
/// </summary>
public static class FunnelBotHost
{
    public static HostApplicationBuilder CreateBuilder(ConfigurationSources sources, TimeProvider time)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        sources.AddTo(builder.Configuration);
        builder.Services.AddSingleton(time);
        builder.AddFunnelBot();
        return builder;
    }
}
