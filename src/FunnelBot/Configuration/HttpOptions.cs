namespace FunnelBot.Configuration;

/// <summary>
/// The <c>Http</c> section: the bot's one HTTP host (health, metrics, the push API, webhook deliveries). Off unless
/// <see cref="Urls"/> is set. Meant to sit behind a reverse proxy that ends TLS.
/// </summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Where Kestrel listens, <c>;</c>-separated, e.g. <c>http://0.0.0.0:8080</c>; empty: no HTTP host.</summary>
    public string Urls { get; set; } = "";

    /// <summary>Proxies (IP addresses) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, besides loopback.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) whose forwarded headers are believed.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>The largest request body accepted; a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a request may take before it is cut off (503).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>/readyz</c> fails when no poll answer or webhook delivery came for longer than this.</summary>
    public TimeSpan MaxUpdateSilence { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary><c>/readyz</c> fails when the oldest message waiting in the outbox is older than this.</summary>
    public TimeSpan MaxOutboxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests each push API key may make per minute; more are answered 429.</summary>
    public int ApiRequestsPerMinute { get; set; } = 60;

    public bool Enabled => !string.IsNullOrWhiteSpace(Urls);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
