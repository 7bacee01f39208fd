namespace FunnelBot.Sandbox.Api;

/// <summary>An error answered the way Telegram answers it: ok=false, error_code, description, parameters.</summary>
internal sealed class BotApiError : Exception
{
    public BotApiError(int errorCode, string description, int? retryAfter = null)
        : base(description)
    {
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
    }

    public BotApiError()
        : this(400, "Bad Request")
    {
    }

    public BotApiError(string message)
        : this(400, message)
    {
    }

    public BotApiError(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 400;
        Description = message;
    }

    public int ErrorCode { get; }

    public string Description { get; }

    public int? RetryAfter { get; }

    /// <summary>True when a fault switch (not the emulated behaviour) produced this error.</summary>
    public bool IsInjected { get; private init; }

    public static BotApiError BadRequest(string reason) => new(400, "Bad Request: " + reason);

    public static BotApiError ChatNotFound() => BadRequest("chat not found");

    public static BotApiError TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    /// <summary>A 429 queued through the faults (already counted there).</summary>
    public static BotApiError TooManyRequestsInjected(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter) { IsInjected = true };

    public static BotApiError Forbidden(string reason) => new(403, "Forbidden: " + reason);

    public static BotApiError MissingParameter(string name) => BadRequest($"{name} is empty");
}
