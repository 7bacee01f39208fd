namespace FunnelBot.Sandbox.State;

/// <summary>The webhook as setWebhook left it: where updates go, the secret they carry, how many at once.</summary>
public sealed record WebhookRegistration(Uri Url, string? SecretToken, int MaxConnections);

/// <summary>
/// The bot's webhook (none until setWebhook) and the last failed delivery, as getWebhookInfo reports them. While a
/// webhook is set, getUpdates is refused and updates are POSTed to it.
/// </summary>
internal sealed class WebhookState
{
    private readonly Lock gate = new();
    private WebhookRegistration? current;

    /// <summary>Pulsed when the webhook is set or deleted.</summary>
    public ChangeSignal Changed { get; } = new();

    public WebhookRegistration? Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public DateTimeOffset? LastErrorDate { get; private set; }

    public string? LastErrorMessage { get; private set; }

    public void Set(WebhookRegistration registration)
    {
        lock (gate)
        {
            current = registration;
        }

        Changed.Pulse();
    }

    public void Delete()
    {
        lock (gate)
        {
            current = null;
            LastErrorDate = null;
            LastErrorMessage = null;
        }

        Changed.Pulse();
    }

    public void Failed(DateTimeOffset at, string message)
    {
        lock (gate)
        {
            LastErrorDate = at;
            LastErrorMessage = message;
        }
    }
}
