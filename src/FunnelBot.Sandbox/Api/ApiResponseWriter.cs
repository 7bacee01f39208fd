using System.Text.Json;
using FunnelBot.Sandbox.Json;
using Microsoft.AspNetCore.Http;

namespace FunnelBot.Sandbox.Api;

/// <summary>Writes Bot API answers: 200 {"ok":true,"result":…} or the error status with Telegram's error shape.</summary>
internal static class ApiResponseWriter
{
    public static Task WriteOkAsync(HttpResponse response, object result, CancellationToken ct) =>
        WriteAsync(response, StatusCodes.Status200OK, new OkResponse(result), ct);

    public static Task WriteErrorAsync(HttpResponse response, BotApiError error, CancellationToken ct)
    {
        var parameters = error.RetryAfter is { } retryAfter ? new ResponseParametersDto(retryAfter) : null;
        return WriteAsync(response, error.ErrorCode, new ErrorResponse(error.ErrorCode, error.Description, parameters), ct);
    }

    private static async Task WriteAsync<T>(HttpResponse response, int status, T body, CancellationToken ct)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.Body, body, BotJson.Options, ct);
    }
}
