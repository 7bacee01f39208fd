namespace FunnelBot.Sandbox.Json;

/// <summary>A successful Bot API answer.</summary>
internal sealed record OkResponse(object Result)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public bool Ok { get; } = true;
}

/// <summary>A failed Bot API answer.</summary>
internal sealed record ErrorResponse(int ErrorCode, string Description, ResponseParametersDto? Parameters)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public bool Ok { get; }
}

internal sealed record ResponseParametersDto(int? RetryAfter, long? MigrateToChatId = null);
