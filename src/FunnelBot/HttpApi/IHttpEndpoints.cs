using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FunnelBot.HttpApi;

/// <summary>
/// One part the HTTP host serves (health, metrics, the push API, webhook deliveries): what it needs in the web
/// application's own services, taken from the bot's where they are the bot's, and its routes.
/// </summary>
public interface IHttpEndpoints
{
    void AddServices(IServiceCollection web, IServiceProvider bot);

    void Map(WebApplication app);
}
