namespace FunnelBot.Sandbox.Faults;

/// <summary>
/// Fault switches. Each queues a fault for the next N calls of one Bot API method (or of any method when
/// <c>method</c> is null), so getUpdates can stay healthy while sendMessage fails, or the reverse; with <c>chatId</c>,
/// only the calls about that chat.
/// Every fault that actually hit a request is counted.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private readonly Dictionary<(FaultKind Kind, string Method), int> injected = [];
    private readonly Dictionary<string, int> floodRejections = new(StringComparer.OrdinalIgnoreCase);
    private FloodLimitOptions? floodLimits;

    internal EmulatorFaults(FloodLimitOptions? floodLimits) => this.floodLimits = floodLimits;

    /// <summary>Flood limits in force now (null = off).</summary>
    public FloodLimitOptions? FloodLimits
    {
        get
        {
            lock (gate)
            {
                return floodLimits;
            }
        }

        set
        {
            lock (gate)
            {
                floodLimits = value;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> calls answer 429 "Too Many Requests: retry after N".</summary>
    public void TooManyRequests(int count, int retryAfterSeconds, string? method = null, long? chatId = null) =>
        Add(new FaultRule(FaultKind.TooManyRequests, method, count) { RetryAfterSeconds = retryAfterSeconds, ChatId = chatId });

    /// <summary>The next <paramref name="count"/> calls answer a 5xx (500 Internal Server Error, 502 Bad Gateway, …).</summary>
    public void ServerErrors(int count, int statusCode = 500, string? method = null, long? chatId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        Add(new FaultRule(FaultKind.ServerError, method, count) { StatusCode = statusCode, ChatId = chatId });
    }

    /// <summary>The next <paramref name="count"/> calls are answered only after <paramref name="delay"/>.</summary>
    public void Latency(int count, TimeSpan delay, string? method = null) =>
        Add(new FaultRule(FaultKind.Latency, method, count) { Delay = delay });

    /// <summary>The next <paramref name="count"/> calls get their TCP connection aborted, without an answer.</summary>
    public void DropConnections(int count, string? method = null, long? chatId = null) =>
        Add(new FaultRule(FaultKind.DroppedConnection, method, count) { ChatId = chatId });

    /// <summary>
    /// The next <paramref name="count"/> calls answer 409 "Conflict: terminated by other getUpdates request", as Telegram
    /// does when another process polls with the same token.
    /// </summary>
    public void Conflicts(int count, string? method = "getUpdates") =>
        Add(new FaultRule(FaultKind.Conflict, method, count) { StatusCode = 409 });

    /// <summary>Removes every queued fault (counts are kept).</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>How many faults of this kind hit requests (of <paramref name="method"/>, or of any method).</summary>
    public int InjectedCount(FaultKind kind, string? method = null)
    {
        lock (gate)
        {
            return injected.Where(p => p.Key.Kind == kind
                    && (method is null || string.Equals(p.Key.Method, method, StringComparison.OrdinalIgnoreCase)))
                .Sum(p => p.Value);
        }
    }

    /// <summary>How many calls (of <paramref name="method"/>, or of any method) the flood limits refused with 429.</summary>
    public int FloodRejectedCount(string? method = null)
    {
        lock (gate)
        {
            return method is null ? floodRejections.Values.Sum() : floodRejections.GetValueOrDefault(method);
        }
    }

    internal void CountFloodRejection(string method)
    {
        lock (gate)
        {
            floodRejections[method] = floodRejections.GetValueOrDefault(method) + 1;
        }
    }

    /// <summary>Takes the faults for one request: latency first, then a drop, a 409, a 5xx or a 429.</summary>
    internal InjectedFault Take(string method, long? chatId)
    {
        lock (gate)
        {
            var delay = Consume(FaultKind.Latency, method, chatId)?.Delay ?? TimeSpan.Zero;
            if (Consume(FaultKind.DroppedConnection, method, chatId) is not null)
            {
                return new InjectedFault(delay, true, null, null);
            }

            if (Consume(FaultKind.Conflict, method, chatId) is not null)
            {
                return new InjectedFault(delay, false, 409, null);
            }

            if (Consume(FaultKind.ServerError, method, chatId) is { } serverError)
            {
                return new InjectedFault(delay, false, serverError.StatusCode, null);
            }

            if (Consume(FaultKind.TooManyRequests, method, chatId) is { } tooMany)
            {
                return new InjectedFault(delay, false, 429, tooMany.RetryAfterSeconds);
            }

            return delay > TimeSpan.Zero ? InjectedFault.None with { Delay = delay } : InjectedFault.None;
        }
    }

    private FaultRule? Consume(FaultKind kind, string method, long? chatId)
    {
        var rule = rules.Find(r => r.Kind == kind && r.Matches(method, chatId));
        if (rule is null)
        {
            return null;
        }

        rule.Remaining--;
        if (rule.Remaining == 0)
        {
            rules.Remove(rule);
        }

        Count(kind, method);
        return rule;
    }

    private void Count(FaultKind kind, string method)
    {
        lock (gate)
        {
            var key = (kind, method);
            injected[key] = injected.GetValueOrDefault(key) + 1;
        }
    }

    private void Add(FaultRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Remaining);
        lock (gate)
        {
            rules.Add(rule);
        }
    }
}
