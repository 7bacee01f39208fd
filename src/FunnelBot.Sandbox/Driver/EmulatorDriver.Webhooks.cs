using FunnelBot.Sandbox.State;
using FunnelBot.Sandbox.Webhooks;

namespace FunnelBot.Sandbox.Driver;

/// <summary>The bot's webhook as the driver sees it: whether one is set, every delivery attempt, a repeated delivery.</summary>
public sealed partial class EmulatorDriver
{
    /// <summary>The webhook the bot set, or null while it polls (or has done neither).</summary>
    public WebhookRegistration? Webhook => context.Webhook.Current;

    /// <summary>Every POST to the webhook so far, oldest first (the last 10 000).</summary>
    public IReadOnlyList<WebhookAttempt> WebhookAttempts => context.WebhookDelivery.Attempts;

    /// <summary>
    /// Sends webhook deliveries to <paramref name="route"/>(url) instead of the url itself: what a TLS-ending reverse
    /// proxy does between Telegram and a bot that listens on plain http.
    /// </summary>
    public void RouteWebhooks(Func<Uri, Uri> route) => context.WebhookDelivery.Route = route;

    /// <summary>Waits until the bot has set a webhook. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task<WebhookRegistration> WaitForWebhookAsync(TimeSpan timeout, CancellationToken ct = default) =>
        await context.Webhook.Changed.WaitForAsync(() => context.Webhook.Current, timeout, TimeProvider.System, ct)
        ?? throw new TimeoutException($"The bot set no webhook within {timeout}.");

    /// <summary>Waits until the bot has deleted its webhook. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task WaitForNoWebhookAsync(TimeSpan timeout, CancellationToken ct = default) =>
        _ = await context.Webhook.Changed.WaitForAsync(() => context.Webhook.Current is null ? (object)true : null, timeout, TimeProvider.System, ct)
        ?? throw new TimeoutException($"The webhook was still set after {timeout}.");

    /// <summary>Waits until an attempt matching <paramref name="match"/> was made. Throws <see cref="TimeoutException"/> after the timeout.</summary>
    public async Task<WebhookAttempt> WaitForWebhookAttemptAsync(Func<WebhookAttempt, bool> match, TimeSpan timeout, CancellationToken ct = default) =>
        await context.WebhookDelivery.Attempted.WaitForAsync(() => context.WebhookDelivery.Attempts.LastOrDefault(match), timeout, TimeProvider.System, ct)
        ?? throw new TimeoutException($"No such webhook delivery within {timeout}.");

    /// <summary>
    /// POSTs an update the webhook already had once more (Telegram repeats a delivery whose answer it did not get);
    /// returns the status the bot answered, null when none came.
    /// </summary>
    public Task<int?> RedeliverAsync(long updateId) => context.WebhookDelivery.RedeliverAsync(updateId);
}
