using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>A key just made: its secret, shown once and then known only by its hash, and what was stored.</summary>
public sealed record CreatedApiKey(string Secret, ApiKeyDocument Key);

/// <summary>
/// The push API's keys. A key is 32 random bytes (<c>fbk_</c> and base64url), stored only as its SHA-256, so a copy of
/// the database holds no usable key. Names are unique among the keys not revoked; revoking keeps the row.
/// </summary>
public sealed partial class ApiKeyStore
{
    public const string CollectionName = "api_keys";
    public const string Prefix = "fbk_";
    private readonly FunnelDatabase _database;
    private readonly ILiteCollection<ApiKeyDocument> _keys;
    private readonly TimeProvider _time;

    public ApiKeyStore(FunnelDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _keys = database.Collection<ApiKeyDocument>(CollectionName);
        _keys.EnsureIndex(key => key.Name);
    }

    /// <summary>Whether <paramref name="name"/> can name a key: 1-40 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    public static bool IsName(string? name) => name is not null && NameShape().IsMatch(name);

    /// <summary>SHA-256 of the key, in lowercase hex.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Makes a key and stores it; null when a key not revoked already has the name.</summary>
    public CreatedApiKey? Create(string name, IReadOnlyCollection<string> metrics, string createdBy) => _database.InTransaction(() =>
    {
        var created = Prepare(name, metrics, createdBy);
        return Save(created) ? created : null;
    });

    /// <summary>Makes a key without storing it (a chat reply stores it with <see cref="Save"/> in its own transaction).</summary>
    public CreatedApiKey Prepare(string name, IReadOnlyCollection<string> metrics, string createdBy)
    {
        if (!IsName(name))
        {
            throw new ArgumentException($"'{name}' is not a key name", nameof(name));
        }

        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return new CreatedApiKey(secret, new ApiKeyDocument
        {
            Id = HashOf(secret),
            Name = name,
            Metrics = [.. metrics.Distinct(StringComparer.Ordinal)],
            CreatedBy = createdBy,
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>Whether a key not revoked has the name (names are compared without case).</summary>
    public bool NameTaken(string name) => Active().Any(key => string.Equals(key.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Stores a prepared key (only its hash); false, storing nothing, when a key not revoked already has its name.</summary>
    public bool Save(CreatedApiKey created)
    {
        if (NameTaken(created.Key.Name))
        {
            return false;
        }

        _keys.Insert(created.Key);
        return true;
    }

    /// <summary>Revokes the active key of that name; false when there is none.</summary>
    public bool Revoke(string name, string revokedBy) => _database.InTransaction(() =>
    {
        var key = Active().FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = _time.GetUtcNow().UtcDateTime;
        key.RevokedBy = revokedBy;
        _keys.Update(key);
        return true;
    });

    /// <summary>The active key whose secret this is, or null (unknown, revoked or not a key at all: the caller cannot tell which).</summary>
    public ApiKeyDocument? FindActive(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100 || !secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = _keys.FindById(HashOf(secret));
        return key is { IsActive: true } ? key : null;
    }

    /// <summary>The keys not revoked, by name.</summary>
    public IReadOnlyList<ApiKeyDocument> Active() =>
        [.. _keys.Find(key => key.RevokedAt == null).OrderBy(key => key.Name, StringComparer.OrdinalIgnoreCase)];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex NameShape();
}
