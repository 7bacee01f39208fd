namespace FunnelBot.Sandbox.Webhooks;

/// <summary>
/// One POST of an update to the bot's webhook: which update, the how-manieth try, the status answered (null when
/// none came: refused, timed out), when it failed Telegram's wording of why, when it ended and how long the POST
/// took (on the wall clock).
/// </summary>
public sealed record WebhookAttempt(long UpdateId, int Attempt, int? StatusCode, string? Error, DateTimeOffset At, string Body, TimeSpan Took)
{
    public bool Delivered => Error is null;
}
