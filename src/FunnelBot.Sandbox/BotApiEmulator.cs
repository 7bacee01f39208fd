using System.Net;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Driver;
using FunnelBot.Sandbox.Faults;
using FunnelBot.Sandbox.Page;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Sandbox;

/// <summary>
/// A Telegram Bot API emulator over real HTTP on 127.0.0.1. Point a bot's client at <see cref="BaseUrl"/>; act as
/// users through <see cref="Driver"/>; break things through <see cref="Faults"/>.
/// </summary>
public sealed class BotApiEmulator : IAsyncDisposable
{
    private const long MaxUploadBytes = 60L * 1024 * 1024;
    private readonly WebApplication app;
    private readonly EmulatorContext context;

    private BotApiEmulator(WebApplication app, EmulatorContext context, EmulatorDriver driver, Uri baseUrl)
    {
        this.app = app;
        this.context = context;
        BaseUrl = baseUrl;
        Driver = driver;
        Faults = context.Faults;
    }

    /// <summary>scheme://host:port only, as Telegram.Bot keeps only that of its baseUrl.</summary>
    public Uri BaseUrl { get; }

    public EmulatorDriver Driver { get; }

    public EmulatorFaults Faults { get; }

    public EmulatorOptions Options => context.Options;

    public static async Task<BotApiEmulator> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new EmulatorContext(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(BotApiEmulator).Assembly.GetName().Name });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(options.MinimumLogLevel);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxUploadBytes;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = MaxUploadBytes);

        var app = builder.Build();
        var driver = new EmulatorDriver(context);
        new BotApiEndpoint(context).Map(app);
        new SandboxHttpApi(driver, context).Map(app);
        new SandboxFaultsApi(context.Faults).Map(app);
        new SandboxPageApi(driver, context).Map(app);
        WebChatPage.Map(app);
        options.Configure?.Invoke(app);
        await app.StartAsync(ct);
        context.WebhookDelivery.Start();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new BotApiEmulator(app, context, driver, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await context.Stopping.CancelAsync();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        context.WebhookDelivery.Dispose();
        context.Stopping.Dispose();
    }
}
