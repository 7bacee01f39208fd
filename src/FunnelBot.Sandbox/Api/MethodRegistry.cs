namespace FunnelBot.Sandbox.Api;

/// <summary>A Bot API method implementation; returns the "result" object.</summary>
internal delegate Task<object> BotMethod(ApiRequest request, CancellationToken ct);

/// <summary>Bot API methods by name (case-insensitive, as Telegram treats them).</summary>
internal sealed class MethodRegistry
{
    private readonly Dictionary<string, (string Name, BotMethod Handler)> methods = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, BotMethod handler) => methods[name] = (name, handler);

    public void Add(string name, Func<ApiRequest, object> handler) =>
        Add(name, (request, _) => Task.FromResult(handler(request)));

    public bool TryFind(string name, out string canonicalName, out BotMethod handler)
    {
        if (methods.TryGetValue(name, out var entry))
        {
            (canonicalName, handler) = entry;
            return true;
        }

        (canonicalName, handler) = (name, null!);
        return false;
    }
}
