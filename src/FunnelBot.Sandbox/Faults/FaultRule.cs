namespace FunnelBot.Sandbox.Faults;

/// <summary>
/// A queued fault: applies to the next <see cref="Remaining"/> calls of a method (null method = any), to one chat's
/// calls when <see cref="ChatId"/> is set.
/// </summary>
internal sealed class FaultRule(FaultKind kind, string? method, int remaining)
{
    public FaultKind Kind { get; } = kind;

    public string? Method { get; } = method;

    public int Remaining { get; set; } = remaining;

    public int RetryAfterSeconds { get; init; }

    public int StatusCode { get; init; }

    public TimeSpan Delay { get; init; }

    public long? ChatId { get; init; }

    public bool Matches(string method, long? chatId) =>
        Remaining > 0 && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (ChatId is null || ChatId == chatId);
}
