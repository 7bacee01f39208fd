namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// How fast the outbox may send: a burst of <see cref="PrivateChatBurst"/> messages per that many seconds to one chat,
/// <see cref="GroupPerMinute"/> a minute to a group or channel, <see cref="OverallPerSecond"/> a second in all.
/// The bot runs at <see cref="Telegram"/>, the limits Telegram publishes for one bot token (FAQ, "My bot is hitting
/// limits"); a registered instance replaces them, as tests that are not about pacing do.
/// </summary>
public sealed record SendLimits(int PrivateChatBurst = 3, int GroupPerMinute = 20, int OverallPerSecond = 30)
{
    public static SendLimits Telegram { get; } = new();
}
