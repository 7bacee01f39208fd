using FunnelBot.Storage;
using Microsoft.AspNetCore.Http;

namespace FunnelBot.HttpApi.PushApi;

/// <summary>
/// The key a request presents (<c>Authorization: Bearer fbk_...</c>), looked up once per request and kept on it; an
/// unknown, revoked or missing key are the same to the caller.
/// </summary>
public static class ApiKeyAccess
{
    private const string ItemName = "FunnelBot.ApiKey";

    public static ApiKeyDocument? Key(HttpContext context, ApiKeyStore keys)
    {
        if (context.Items.TryGetValue(ItemName, out var found))
        {
            return found as ApiKeyDocument;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var secret = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var key = keys.FindActive(secret);
        context.Items[ItemName] = key;
        return key;
    }
}
