using System.Net;
using FunnelBot.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi;

/// <summary>
/// The bot's one HTTP host: Kestrel on <c>Http:Urls</c> (off when empty), started with the bot and stopped with it.
/// It is a web application of its own inside the bot's process, whose parts (<see cref="IHttpEndpoints"/>) use the
/// bot's services; it logs through the bot's loggers, believes forwarded headers only from the configured proxies,
/// refuses bodies over <c>Http:MaxRequestBodyBytes</c> (413) and cuts requests off after <c>Http:RequestTimeout</c>.
/// </summary>
public sealed partial class HttpApiHost : IHostedService, IAsyncDisposable
{
    private readonly IServiceProvider _bot;
    private readonly HttpOptions _options;
    private readonly IReadOnlyList<IHttpEndpoints> _endpoints;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<HttpApiHost> _logger;
    private WebApplication? _app;

    public HttpApiHost(IServiceProvider bot, IOptions<HttpOptions> options, IEnumerable<IHttpEndpoints> endpoints, ILoggerFactory loggers)
    {
        _bot = bot;
        _options = options.Value;
        _endpoints = [.. endpoints];
        _loggers = loggers;
        _logger = loggers.CreateLogger<HttpApiHost>();
    }

    /// <summary>Where the host listens once started (the actual ports when <c>Http:Urls</c> asked for port 0); empty when off.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var app = Build();
        await app.StartAsync(cancellationToken);
        _app = app;
        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(address => new Uri(address))];
        LogListening(Addresses);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync();
        }
    }

    private WebApplication Build()
    {
        // No configuration sources of its own (no appsettings, no ASPNETCORE_ variables): the Http section says it all.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(HttpApiHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = _options.MaxRequestBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(30);
        });
        builder.WebHost.UseUrls([.. _options.UrlList]);
        builder.Services.AddSingleton(_loggers);
        builder.Services.AddRouting();
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = _options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.Configure<ForwardedHeadersOptions>(ConfigureForwardedHeaders);
        foreach (var part in _endpoints)
        {
            part.AddServices(builder.Services, _bot);
        }

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        foreach (var part in _endpoints)
        {
            part.Map(app);
        }

        return app;
    }

    private void ConfigureForwardedHeaders(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in _options.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in _options.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP host listening on {Addresses}")]
    private partial void LogListening(IReadOnlyList<Uri> addresses);
}
