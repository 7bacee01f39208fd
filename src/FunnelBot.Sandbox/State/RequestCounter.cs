using System.Collections.Concurrent;

namespace FunnelBot.Sandbox.State;

/// <summary>How many requests each Bot API method received (method names compared case-insensitively).</summary>
internal sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);

    public void Record(string method) => counts.AddOrUpdate(method, 1, (_, n) => n + 1);

    public int Count(string method) => counts.GetValueOrDefault(method);
}
