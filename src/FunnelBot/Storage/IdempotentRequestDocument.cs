using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// A request of the push API made with an <c>Idempotency-Key</c> (collection <c>api_requests</c>, id
/// <c>key name|idempotency key</c>): the SHA-256 of what it asked, and the answer it got, given again to a repeat.
/// </summary>
public sealed class IdempotentRequestDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public int Status { get; set; }

    public string Body { get; set; } = "";

    public DateTime At { get; set; }
}
