namespace FunnelBot.Configuration;

/// <summary>The <c>Telegram</c> section. The token comes from the environment, never from the file.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string Token { get; set; } = "";

    /// <summary>A self-hosted Bot API server or the sandbox emulator; empty for Telegram's own.</summary>
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>Webhook mode instead of polling when its URL is set.</summary>
    public TelegramWebhookOptions Webhook { get; set; } = new();
}
