namespace FunnelBot.Configuration;

/// <summary>
/// <c>Telegram:Webhook</c>: when <see cref="Url"/> is set the bot asks Telegram to POST updates there (setWebhook)
/// instead of polling; the reverse proxy at that address passes them to the HTTP host (<c>Http:Urls</c>) on the
/// same path. The secret comes from the environment, never from the file.
/// </summary>
public sealed class TelegramWebhookOptions
{
    /// <summary>The public https address Telegram posts to, e.g. <c>https://bot.example.com/telegram/webhook</c>; empty: polling.</summary>
    public string Url { get; set; } = "";

    /// <summary>Sent by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c> with every delivery: 1-256 of A-Z a-z 0-9 _ -.</summary>
    public string SecretToken { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The path the HTTP host serves deliveries on: the URL's own path (the proxy passes it unchanged).</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
}
