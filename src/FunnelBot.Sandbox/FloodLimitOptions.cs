namespace FunnelBot.Sandbox;

/// <summary>
/// Flood limits as Telegram's FAQ describes them: about 1 message per second per chat (with a short burst),
/// 20 messages per minute per group or channel, about 30 messages per second overall.
/// </summary>
public sealed record FloodLimitOptions
{
    /// <summary>Values close to Telegram's documented behaviour.</summary>
    public static FloodLimitOptions TelegramDefaults { get; } = new();

    /// <summary>Messages a single chat may receive at once before the 1/s pace applies.</summary>
    public int PerChatBurst { get; init; } = 3;

    /// <summary>Time for one per-chat slot to come back.</summary>
    public TimeSpan PerChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per <see cref="GroupWindow"/> in one group, supergroup or channel.</summary>
    public int PerGroupLimit { get; init; } = 20;

    public TimeSpan GroupWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages per <see cref="GlobalWindow"/> over all chats.</summary>
    public int GlobalLimit { get; init; } = 30;

    public TimeSpan GlobalWindow { get; init; } = TimeSpan.FromSeconds(1);
}
