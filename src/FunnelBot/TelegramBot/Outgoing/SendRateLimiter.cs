namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Keeps outgoing messages under Telegram's limits (telegram-facts.md, "Rate limits"): about one message a second per
/// chat with a short burst, 20 a minute per group or channel, 30 a second overall; and honours a server's retry_after.
/// Not thread-safe: the sender that owns it calls it from one loop.
/// </summary>
public sealed class SendRateLimiter
{
    private readonly TimeProvider _time;
    private readonly SendLimits _limits;
    private readonly SlidingWindow _overall;
    private readonly Dictionary<long, SlidingWindow> _perChat = [];
    private readonly Dictionary<long, DateTimeOffset> _pausedChats = [];
    private DateTimeOffset _pausedAll = DateTimeOffset.MinValue;

    public SendRateLimiter(TimeProvider time, SendLimits limits)
    {
        _time = time;
        _limits = limits;
        _overall = new SlidingWindow(limits.OverallPerSecond, TimeSpan.FromSeconds(1));
    }

    /// <summary>How long to wait before a message may go to the chat; zero means now.</summary>
    public TimeSpan DelayFor(long chatId)
    {
        var now = _time.GetUtcNow();
        var wait = Max(_pausedAll - now, _pausedChats.TryGetValue(chatId, out var until) ? until - now : TimeSpan.Zero);
        wait = Max(wait, _overall.WaitAt(now));
        wait = Max(wait, WindowFor(chatId).WaitAt(now));
        return wait;
    }

    /// <summary>Records that a message went to the chat now.</summary>
    public void Record(long chatId)
    {
        var now = _time.GetUtcNow();
        _overall.Add(now);
        WindowFor(chatId).Add(now);
    }

    /// <summary>The server said "retry after": pause that chat, and everything when the whole bot was limited.</summary>
    public void Pause(long chatId, TimeSpan retryAfter, bool everything)
    {
        var until = _time.GetUtcNow() + retryAfter;
        _pausedChats[chatId] = until;
        if (everything && until > _pausedAll)
        {
            _pausedAll = until;
        }
    }

    private SlidingWindow WindowFor(long chatId)
    {
        if (!_perChat.TryGetValue(chatId, out var window))
        {
            window = IsGroupOrChannel(chatId)
                ? new SlidingWindow(_limits.GroupPerMinute, TimeSpan.FromMinutes(1), _limits.PrivateChatBurst, TimeSpan.FromSeconds(_limits.PrivateChatBurst))
                : new SlidingWindow(_limits.PrivateChatBurst, TimeSpan.FromSeconds(_limits.PrivateChatBurst));
            _perChat[chatId] = window;
        }

        return window;
    }

    /// <summary>Private chats have positive ids; groups, supergroups and channels negative ones.</summary>
    private static bool IsGroupOrChannel(long chatId) => chatId < 0;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>At most N events in any window of the given length, optionally also M in a shorter one.</summary>
    private sealed class SlidingWindow(int limit, TimeSpan length, int innerLimit = 0, TimeSpan innerLength = default)
    {
        private readonly Queue<DateTimeOffset> _events = new();

        public TimeSpan WaitAt(DateTimeOffset now)
        {
            Trim(now);
            var wait = TimeSpan.Zero;
            if (_events.Count >= limit)
            {
                wait = _events.ElementAt(_events.Count - limit) + length - now;
            }

            if (innerLimit > 0)
            {
                var recent = _events.Where(e => e > now - innerLength).ToList();
                if (recent.Count >= innerLimit)
                {
                    var innerWait = recent[^innerLimit] + innerLength - now;
                    wait = innerWait > wait ? innerWait : wait;
                }
            }

            return wait;
        }

        public void Add(DateTimeOffset now) => _events.Enqueue(now);

        private void Trim(DateTimeOffset now)
        {
            while (_events.Count > 0 && _events.Peek() <= now - length)
            {
                _events.Dequeue();
            }
        }
    }
}

/// <summary>Telegram's send limits, conservative by default.</summary>
public sealed record SendLimits(int PrivateChatBurst = 3, int GroupPerMinute = 20, int OverallPerSecond = 30)
{
    public static SendLimits Telegram { get; } = new();
}
