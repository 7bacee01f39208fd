using System.Text.RegularExpressions;
using FunnelBot.Configuration;
using FunnelBot.HttpApi.Health;
using FunnelBot.HttpApi.Metrics;
using FunnelBot.HttpApi.PushApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FunnelBot.HttpApi.Webhook;

/// <summary>
/// Checks <c>Telegram:Webhook</c> before the bot starts, one line per problem naming its setting, never echoing the
/// secret: an https URL with a path of its own, a secret of Telegram's shape, and the HTTP host to receive on.
/// </summary>
public sealed partial class WebhookOptionsValidator(IConfiguration configuration) : IValidateOptions<TelegramOptions>
{
    /// <summary>The ports Telegram's cloud delivers webhooks to.</summary>
    private static readonly int[] CloudPorts = [443, 80, 88, 8443];

    private static readonly string[] TakenPaths = [HealthEndpoints.LivePath, HealthEndpoints.ReadyPath, MetricsEndpoints.Path, PushApiEndpoints.Prefix];

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var webhook = options.Webhook;
        if (!webhook.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            problems.Add($"Telegram.Webhook.Url: '{webhook.Url}' is not an https address such as https://bot.example.com/telegram/webhook (Telegram delivers over https only)");
        }
        else if (url.AbsolutePath.Length <= 1)
        {
            problems.Add($"Telegram.Webhook.Url: '{webhook.Url}' has no path; give one of its own such as https://bot.example.com/telegram/webhook");
        }
        else if (TakenPaths.FirstOrDefault(taken => url.AbsolutePath.StartsWith(taken, StringComparison.OrdinalIgnoreCase)) is { } taken)
        {
            problems.Add($"Telegram.Webhook.Url: the path {url.AbsolutePath} is the HTTP host's {taken}; give one of its own such as /telegram/webhook");
        }
        else if (string.IsNullOrWhiteSpace(options.ApiBaseUrl) && !CloudPorts.Contains(url.Port))
        {
            problems.Add($"Telegram.Webhook.Url: port {url.Port} is not one Telegram delivers to (443, 80, 88 or 8443)");
        }

        if (string.IsNullOrEmpty(webhook.SecretToken))
        {
            problems.Add("Telegram.Webhook.SecretToken: is empty; set FUNNELBOT_Telegram__Webhook__SecretToken to 1-256 characters of A-Z, a-z, 0-9, _ and - (a long random one)");
        }
        else if (!SecretShape().IsMatch(webhook.SecretToken))
        {
            problems.Add("Telegram.Webhook.SecretToken: must be 1-256 characters of A-Z, a-z, 0-9, _ and - only");
        }

        if (string.IsNullOrWhiteSpace(configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"]))
        {
            problems.Add("Telegram.Webhook.Url: webhook mode needs the HTTP host; set Http.Urls (e.g. http://0.0.0.0:8080) where the reverse proxy passes the webhook to");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
