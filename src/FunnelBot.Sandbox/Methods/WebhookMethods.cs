using System.Text.RegularExpressions;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>
/// setWebhook, deleteWebhook and getWebhookInfo. Like a local Bot API server, the emulator accepts http as well as
/// https and any port; the secret token and max_connections are checked as Telegram checks them.
/// </summary>
internal sealed partial class WebhookMethods(EmulatorContext context)
{
    private const int DefaultMaxConnections = 40;

    public void Register(MethodRegistry registry)
    {
        registry.Add("setWebhook", SetWebhook);
        registry.Add("deleteWebhook", DeleteWebhook);
        registry.Add("getWebhookInfo", GetWebhookInfo);
    }

    private object SetWebhook(ApiRequest request)
    {
        var url = request.GetString("url");
        if (string.IsNullOrEmpty(url))
        {
            // Telegram: an empty url removes the webhook.
            return DeleteWebhook(request);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw BotApiError.BadRequest("invalid webhook URL specified");
        }

        var secret = request.GetString("secret_token");
        if (secret is not null && (secret.Length is 0 or > 256 || !SecretShape().IsMatch(secret)))
        {
            throw BotApiError.BadRequest("secret token contains unallowed characters");
        }

        var maxConnections = request.GetInt("max_connections") ?? DefaultMaxConnections;
        if (maxConnections is < 1 or > 100)
        {
            throw BotApiError.BadRequest("max_connections must be between 1 and 100");
        }

        context.Updates.SetAllowedUpdates(request.GetJson<List<string>>("allowed_updates"));
        if (request.GetBool("drop_pending_updates"))
        {
            context.Updates.Clear();
        }

        context.Webhook.Set(new WebhookRegistration(uri, secret, maxConnections));
        return true;
    }

    private object DeleteWebhook(ApiRequest request)
    {
        if (request.GetBool("drop_pending_updates"))
        {
            context.Updates.Clear();
        }

        context.Webhook.Delete();
        return true;
    }

    private object GetWebhookInfo(ApiRequest request)
    {
        var hook = context.Webhook.Current;
        return new WebhookInfoDto(
            hook?.Url.ToString() ?? string.Empty,
            false,
            context.Updates.Pending().Count,
            hook is null ? null : context.Webhook.LastErrorDate?.ToUnixTimeSeconds(),
            hook is null ? null : context.Webhook.LastErrorMessage,
            hook?.MaxConnections,
            hook is null ? null : context.Updates.AllowedUpdates);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SecretShape();

    private sealed record WebhookInfoDto(
        string Url,
        bool HasCustomCertificate,
        int PendingUpdateCount,
        long? LastErrorDate,
        string? LastErrorMessage,
        int? MaxConnections,
        IReadOnlyList<string>? AllowedUpdates);
}
