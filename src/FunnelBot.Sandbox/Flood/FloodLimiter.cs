using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Flood;

/// <summary>
/// Telegram-like flood control for sending and editing methods: a per-chat burst that refills one slot per
/// interval, a sliding window per group/channel, and a global sliding window. A rejected call consumes nothing
/// and gets 429 with retry_after = whole seconds until a slot frees (at least 1).
/// </summary>
internal sealed class FloodLimiter(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, TokenBucket> perChat = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> perGroup = [];
    private readonly Queue<DateTimeOffset> global = new();

    public void Check(SandboxChat chat, FloodLimitOptions? limits)
    {
        if (limits is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!perChat.TryGetValue(chat.Id, out var bucket))
            {
                bucket = new TokenBucket(limits.PerChatBurst, limits.PerChatInterval, now);
                perChat[chat.Id] = bucket;
            }

            var groupSends = Window(perGroup, chat.Id);
            var perChatWait = bucket.WaitFor(now);
            var groupWait = chat.IsGroupLike ? WaitFor(groupSends, limits.PerGroupLimit, limits.GroupWindow, now) : TimeSpan.Zero;
            var globalWait = WaitFor(global, limits.GlobalLimit, limits.GlobalWindow, now);
            var wait = new[] { perChatWait, groupWait, globalWait }.Max();
            if (wait > TimeSpan.Zero)
            {
                throw BotApiError.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            bucket.Take();
            if (chat.IsGroupLike)
            {
                groupSends.Enqueue(now);
            }

            global.Enqueue(now);
        }
    }

    private static Queue<DateTimeOffset> Window(Dictionary<long, Queue<DateTimeOffset>> windows, long chatId)
    {
        if (!windows.TryGetValue(chatId, out var window))
        {
            window = new Queue<DateTimeOffset>();
            windows[chatId] = window;
        }

        return window;
    }

    /// <summary>Drops expired entries; returns how long until one more send fits (zero if it fits now).</summary>
    private static TimeSpan WaitFor(Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        while (sends.Count > 0 && sends.Peek() + window <= now)
        {
            sends.Dequeue();
        }

        if (sends.Count < limit)
        {
            return TimeSpan.Zero;
        }

        var oldestBlocking = sends.ElementAt(sends.Count - limit);
        return oldestBlocking + window - now;
    }
}
