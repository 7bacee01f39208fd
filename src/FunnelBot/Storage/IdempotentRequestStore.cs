using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Answers of push API requests made with an <c>Idempotency-Key</c>, kept for <see cref="Kept"/>: recorded in the
/// transaction of the writes they answer, so a repeat finds either both or neither.
/// </summary>
public sealed class IdempotentRequestStore
{
    public const string CollectionName = "api_requests";
    public static readonly TimeSpan Kept = TimeSpan.FromDays(1);
    private readonly ILiteCollection<IdempotentRequestDocument> _requests;
    private readonly TimeProvider _time;

    public IdempotentRequestStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _requests = database.Collection<IdempotentRequestDocument>(CollectionName);
        _requests.EnsureIndex(request => request.At);
    }

    public static string IdOf(string keyName, string idempotencyKey) => $"{keyName}|{idempotencyKey}";

    /// <summary>The answer recorded for this key and idempotency key within <see cref="Kept"/>, or null.</summary>
    public IdempotentRequestDocument? Find(string keyName, string idempotencyKey) =>
        _requests.FindById(IdOf(keyName, idempotencyKey)) is { } found && found.At > _time.GetUtcNow().UtcDateTime - Kept ? found : null;

    /// <summary>Records an answer (call inside the transaction of its writes) and forgets those older than <see cref="Kept"/>.</summary>
    public void Record(string keyName, string idempotencyKey, string requestHash, int status, string body)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        _requests.DeleteMany(request => request.At < now - Kept);
        _requests.Upsert(new IdempotentRequestDocument { Id = IdOf(keyName, idempotencyKey), RequestHash = requestHash, Status = status, Body = body, At = now });
    }
}
