namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// How long one getUpdates call waits for updates (Telegram caps it at 50 s), and in webhook mode how often the
/// webhook is checked (getWebhookInfo; null: once a minute).
/// </summary>
public sealed record PollingSettings(int PollTimeoutSeconds = 25, TimeSpan? WebhookCheckEvery = null)
{
    public TimeSpan WebhookCheckInterval => WebhookCheckEvery ?? TimeSpan.FromMinutes(1);
}
