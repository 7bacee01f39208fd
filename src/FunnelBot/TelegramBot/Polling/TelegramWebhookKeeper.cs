using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Outgoing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// The webhook as Telegram holds it: set at the connect in webhook mode (<c>Telegram:Webhook:Url</c>, with the secret
/// and the allowed updates the poller uses), deleted when polling finds one left, and watched in webhook mode.
/// </summary>
public sealed partial class TelegramWebhookKeeper
{
    private readonly ITelegramBotClient _bot;
    private readonly TelegramWebhookOptions _webhook;
    private readonly UpdateHeartbeat _heartbeat;
    private readonly PollingSettings _settings;
    private readonly SendClock _clock;
    private readonly ILogger<TelegramWebhookKeeper> _logger;

    public TelegramWebhookKeeper(
        ITelegramBotClient bot, IOptions<TelegramOptions> telegram, UpdateHeartbeat heartbeat, PollingSettings settings, SendClock clock,
        ILogger<TelegramWebhookKeeper> logger)
    {
        _bot = bot;
        _webhook = telegram.Value.Webhook;
        _heartbeat = heartbeat;
        _settings = settings;
        _clock = clock;
        _logger = logger;
    }

    public Task SetAsync(CancellationToken cancellationToken) =>
        _bot.SetWebhook(_webhook.Url, allowedUpdates: UpdatePoller.AllowedUpdates, secretToken: _webhook.SecretToken, cancellationToken: cancellationToken);

    /// <summary>getUpdates is refused while a webhook is set: one left from webhook mode goes, its pending updates kept.</summary>
    public async Task DeleteLeftoverAsync(CancellationToken cancellationToken)
    {
        var info = await _bot.GetWebhookInfo(cancellationToken);
        if (!string.IsNullOrEmpty(info.Url))
        {
            await _bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
            LogWebhookDeleted(info.Url, info.PendingUpdateCount);
        }
    }

    /// <summary>
    /// Webhook mode: deliveries come by HTTP; this asks Telegram about the webhook now and then, so that <c>/readyz</c>
    /// knows Telegram is reachable while the team is quiet, a webhook replaced by someone else is set again, and
    /// deliveries Telegram could not make are logged (and make <c>/readyz</c> fail while updates wait).
    /// </summary>
    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        DateTime? reportedError = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var info = await _bot.GetWebhookInfo(stoppingToken);
                if (info.Url != _webhook.Url)
                {
                    LogWebhookReplaced(info.Url);
                    await SetAsync(stoppingToken);
                }
                else if (info.LastErrorMessage is null || info.PendingUpdateCount == 0)
                {
                    _heartbeat.Beat();
                }

                if (info.LastErrorDate is { } errorDate && errorDate != reportedError && info.PendingUpdateCount > 0)
                {
                    reportedError = errorDate;
                    LogWebhookFailing(info.PendingUpdateCount, info.LastErrorMessage ?? string.Empty);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogWebhookCheckFailed(ex.GetType().Name, ex.Message);
            }

            await Task.Delay(_settings.WebhookCheckInterval, _clock.Time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the webhook at {Url} ({Pending} updates waiting): polling from now on")]
    private partial void LogWebhookDeleted(string url, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The webhook is '{Url}', not Telegram:Webhook:Url; setting it again")]
    private partial void LogWebhookReplaced(string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram cannot deliver to the webhook ({Pending} updates waiting): {Error}")]
    private partial void LogWebhookFailing(int pending, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the webhook: {ErrorType}: {Error}")]
    private partial void LogWebhookCheckFailed(string errorType, string error);
}
