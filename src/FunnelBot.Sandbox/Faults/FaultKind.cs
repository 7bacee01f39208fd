namespace FunnelBot.Sandbox.Faults;

public enum FaultKind
{
    /// <summary>429 Too Many Requests with parameters.retry_after.</summary>
    TooManyRequests,

    /// <summary>A 5xx answer (500 Internal Server Error, 502 Bad Gateway, …).</summary>
    ServerError,

    /// <summary>The answer is delayed.</summary>
    Latency,

    /// <summary>The TCP connection is aborted without an answer.</summary>
    DroppedConnection,

    /// <summary>409 Conflict "terminated by other getUpdates request", as when a second instance polls the same token.</summary>
    Conflict,
}
