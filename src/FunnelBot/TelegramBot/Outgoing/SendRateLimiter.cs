namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Keeps outgoing messages under the <see cref="SendLimits"/> (by default Telegram's published limits: about one message a
/// second per chat with a short burst, 20 a minute per group or channel, 30 a second overall, of which it keeps a margin
/// unused); and pauses a chat, that chat only, for a server's retry_after or a backoff. It counts what Telegram counts:
/// a message is recorded when its call was answered (Telegram counted it somewhere between the request and the answer,
/// so a window measured from the answers is never shorter than Telegram's), and a call refused with 429 is not
/// recorded at all. It reads the monotonic timestamp of its <see cref="TimeProvider"/>, so a wall clock set back does
/// not stall sending. Not thread-safe: the sender that owns it calls it from one loop, one call at a time.
/// </summary>
public sealed class SendRateLimiter
{
    private readonly TimeProvider _time;
    private readonly SendLimits _limits;
    private readonly SlidingWindow _overall;
    private readonly Dictionary<long, SlidingWindow> _perChat = [];
    private readonly Dictionary<long, TimeSpan> _pausedChats = [];
    private readonly long _origin;

    public SendRateLimiter(TimeProvider time, SendLimits limits)
    {
        _time = time;
        _limits = limits;
        _origin = time.GetTimestamp();
        _overall = new SlidingWindow(limits.OverallBudget, TimeSpan.FromSeconds(1));
    }

    /// <summary>How long to wait before a message may go to the chat, this chat's limits and pause only; zero means now.</summary>
    public TimeSpan ChatDelay(long chatId)
    {
        var now = Now;
        var wait = _pausedChats.TryGetValue(chatId, out var until) ? until - now : TimeSpan.Zero;
        return Max(wait, WindowFor(chatId).WaitAt(now));
    }

    /// <summary>How long to wait before any message may go, by the bot's overall budget (the limit less the margin); zero means now.</summary>
    public TimeSpan OverallDelay() => _overall.WaitAt(Now);

    /// <summary>
    /// Records a message to the chat that Telegram counted: call when its call was answered (sent, refused or failed),
    /// not when it started, and not for a 429.
    /// </summary>
    public void Record(long chatId)
    {
        var now = Now;
        _overall.Add(now);
        WindowFor(chatId).Add(now);
    }

    /// <summary>Pauses one chat: the server said "retry after" for it, or a failed message waits for its backoff.</summary>
    public void Pause(long chatId, TimeSpan length)
    {
        var until = Now + length;
        if (!_pausedChats.TryGetValue(chatId, out var current) || until > current)
        {
            _pausedChats[chatId] = until;
        }
    }

    /// <summary>Forgets what is kept for a chat that has nothing more to send (its windows refill by themselves).</summary>
    public void Forget(long chatId)
    {
        var now = Now;
        var paused = _pausedChats.TryGetValue(chatId, out var until) && until > now;
        if (!paused && (!_perChat.TryGetValue(chatId, out var window) || window.IsEmptyAt(now)))
        {
            _pausedChats.Remove(chatId);
            _perChat.Remove(chatId);
        }
    }

    /// <summary>Time since this limiter was made, by the monotonic timestamp.</summary>
    private TimeSpan Now => _time.GetElapsedTime(_origin);

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
        private readonly Queue<TimeSpan> _events = new();

        public TimeSpan WaitAt(TimeSpan now)
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

        public void Add(TimeSpan now) => _events.Enqueue(now);

        public bool IsEmptyAt(TimeSpan now)
        {
            Trim(now);
            return _events.Count == 0;
        }

        private void Trim(TimeSpan now)
        {
            while (_events.Count > 0 && _events.Peek() <= now - length)
            {
                _events.Dequeue();
            }
        }
    }
}
