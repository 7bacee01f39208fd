using System.Security.Cryptography;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Polling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi.Webhook;

/// <summary>
/// Telegram's webhook deliveries, in webhook mode only (<c>Telegram:Webhook:Url</c>), on the path of that URL: a
/// POST without the configured <c>X-Telegram-Bot-Api-Secret-Token</c> gets 401 and nothing is stored; one with it is
/// stored in the inbox (<see cref="WebhookInbox"/>) before the 200, and a repeated update id changes nothing. A body
/// over <c>Http:MaxRequestBodyBytes</c> gets 413, one that is not an update 400; when the database cannot store it,
/// 503, and Telegram delivers it again.
/// </summary>
public sealed partial class WebhookEndpoints : IHttpEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private TelegramWebhookOptions _options = null!;
    private WebhookInbox _inbox = null!;
    private StorageFailureStop _storageFailure = null!;
    private ILogger<WebhookEndpoints> _logger = null!;
    private byte[] _secretHash = [];

    public void AddServices(IServiceCollection web, IServiceProvider bot)
    {
        _options = bot.GetRequiredService<IOptions<TelegramOptions>>().Value.Webhook;
        _inbox = bot.GetRequiredService<WebhookInbox>();
        _storageFailure = bot.GetRequiredService<StorageFailureStop>();
        _logger = bot.GetRequiredService<ILogger<WebhookEndpoints>>();
        _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(_options.SecretToken));
    }

    public void Map(WebApplication app)
    {
        if (_options.Enabled)
        {
            app.MapPost(_options.Path, (Func<HttpContext, Task<IResult>>)ReceiveAsync);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            LogRefused(context.Connection.RemoteIpAddress?.ToString() ?? "?");
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (await RequestBody.ReadAsync(context) is not { } body)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            return _inbox.Receive(body) switch
            {
                WebhookReceipt.NotAnUpdate => Results.StatusCode(StatusCodes.Status400BadRequest),
                _ => Results.Ok(),
            };
        }
        catch (Exception ex) when (_storageFailure.StopIfFatal(ex))
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Compares hashes of equal length in constant time, so neither the secret's content nor its length shows in the timing.</summary>
    private bool SecretMatches(string given) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _secretHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery from {Remote} without the right secret token was refused (401)")]
    private partial void LogRefused(string remote);
}
