namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// How fast the outbox may send: a burst of <see cref="PrivateChatBurst"/> messages per that many seconds to one chat,
/// <see cref="GroupPerMinute"/> a minute to a group or channel, <see cref="OverallPerSecond"/> a second in all, of which
/// the bot keeps <see cref="OverallMargin"/> unused (it sends at most <see cref="OverallBudget"/> a second), so that
/// Telegram's own count, which may see two answers closer together than the bot did, stays below its limit. Up to
/// <see cref="ConcurrentSends"/> calls are on their way at once, each to another chat: a call takes a round trip
/// (tens of milliseconds to Telegram), so one at a time could never reach the overall limit.
/// The bot runs at <see cref="Telegram"/>, the limits Telegram publishes for one bot token (FAQ, "My bot is hitting
/// limits"); a registered instance replaces them, as tests that are not about pacing do.
/// </summary>
public sealed record SendLimits(int PrivateChatBurst = 3, int GroupPerMinute = 20, int OverallPerSecond = 30, int OverallMargin = 2, int ConcurrentSends = 8)
{
    public static SendLimits Telegram { get; } = new();

    /// <summary>What the bot sends at most in any second: Telegram's limit less the margin (at least one).</summary>
    public int OverallBudget => Math.Max(1, OverallPerSecond - OverallMargin);
}
