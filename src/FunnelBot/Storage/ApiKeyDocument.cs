using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// An API key of the push API (collection <c>api_keys</c>): never the key itself, only its SHA-256 (the id, so that a
/// presented key is found by one lookup), its name (the source of what it writes), the metrics it may write (none:
/// every entered metric), who made it and when, and when it was revoked.
/// </summary>
public sealed class ApiKeyDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> Metrics { get; set; } = [];

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Whether the key may write <paramref name="metric"/>.</summary>
    public bool MayWrite(string metric) => Metrics.Count == 0 || Metrics.Contains(metric, StringComparer.Ordinal);
}
