namespace FunnelBot.Sandbox.Webhooks;

/// <summary>
/// One POST of an update to the bot's webhook: which update, the how-manieth try, the status answered (null when
/// none came: refused, timed out) and, when it failed, Telegram's wording of why.
/// </summary>
public sealed record WebhookAttempt(long UpdateId, int Attempt, int? StatusCode, string? Error, DateTimeOffset At, string Body)
{
    public bool Delivered => Error is null;
}
