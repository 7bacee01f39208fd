using Microsoft.AspNetCore.Http;

namespace FunnelBot.HttpApi;

/// <summary>The whole body of a request to the push API or the webhook, read within Kestrel's body size limit.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is larger than the limit (the caller answers 413 and stores nothing).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            return buffer.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}
