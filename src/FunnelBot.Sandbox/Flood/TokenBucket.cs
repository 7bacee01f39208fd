namespace FunnelBot.Sandbox.Flood;

/// <summary>A burst of <c>capacity</c> sends, then one more per <c>interval</c>. Not thread-safe (the limiter locks).</summary>
internal sealed class TokenBucket(int capacity, TimeSpan interval, DateTimeOffset now)
{
    private double tokens = capacity;
    private DateTimeOffset refilledAt = now;

    /// <summary>How long until one token is available (zero if one is available now).</summary>
    public TimeSpan WaitFor(DateTimeOffset now)
    {
        tokens = Math.Min(capacity, tokens + ((now - refilledAt) / interval));
        refilledAt = now;
        return tokens >= 1 ? TimeSpan.Zero : interval * (1 - tokens);
    }

    public void Take() => tokens -= 1;
}
