using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunnelBot.Sandbox.Tests.Support;

/// <summary>One request the test webhook received: its body and the secret header (null when absent).</summary>
public sealed record ReceivedDelivery(string Body, string? Secret);

/// <summary>
/// A plain HTTP server on 127.0.0.1 standing in for a bot's webhook: records each POST and answers with the next
/// queued status (200 when none is queued), after the next queued delay.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> statuses = new();
    private readonly ConcurrentQueue<TimeSpan> delays = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedDelivery> Received { get; } = new();

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    /// <summary>The next deliveries are answered with these statuses, in order.</summary>
    public void AnswerNext(params int[] codes)
    {
        foreach (var code in codes)
        {
            statuses.Enqueue(code);
        }
    }

    /// <summary>The next delivery is answered only after <paramref name="delay"/>.</summary>
    public void DelayNext(TimeSpan delay) => delays.Enqueue(delay);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Received.Enqueue(new ReceivedDelivery(body, request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault()));
        if (delays.TryDequeue(out var delay))
        {
            await Task.Delay(delay);
        }

        return Results.StatusCode(statuses.TryDequeue(out var status) ? status : 200);
    }
}
