using Microsoft.AspNetCore.Builder;

namespace FunnelBot.Sandbox;

/// <summary>How to start a <see cref="BotApiEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The only token the emulator accepts; other tokens get 401 Unauthorized.</summary>
    public string BotToken { get; init; } = "123456:TEST-token";

    public string BotUsername { get; init; } = "funnelbot_sandbox_bot";

    public string BotFirstName { get; init; } = "FunnelBot Sandbox";

    /// <summary>Telegram-like flood limits; null switches them off (the default, convenient for tests).</summary>
    public FloodLimitOptions? FloodLimits { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Telegram's group privacy mode: in groups the bot then only gets commands (not those addressed to another
    /// bot); other group messages stay in the transcript without an update. Off by default: the bot sees everything.
    /// </summary>
    public bool GroupPrivacyMode { get; init; }

    /// <summary>How long a webhook delivery may take before it counts as failed ("Read timeout expired") and is tried again.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the first retry of a failed webhook delivery; each further retry waits twice as long, at most a minute.</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Logs below this level are dropped (quiet by default).</summary>
    public Microsoft.Extensions.Logging.LogLevel MinimumLogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Warning;

    /// <summary>Hook to add endpoints or static files (e.g. a web chat page) before the server starts.</summary>
    public Action<WebApplication>? Configure { get; init; }

    /// <summary>The bot's numeric id: the digits before ':' in the token.</summary>
    internal long BotId => long.TryParse(BotToken.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 1;
}
