namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// Keeps outgoing messages under the <see cref="SendLimits"/> (by default Telegram's published limits: about one message a
/// second per chat with a short burst, 20 a minute per group or channel, 30 a second overall, of which it keeps a margin
/// unused); and pauses a chat, that chat only, for a server's retry_after or a backoff. It counts what Telegram counts:
/// a message is recorded when its call was answered (Telegram counted it somewhere between the request and the answer,
/// so a window measured from the answers is never shorter than Telegram's), and a call refused with 429 is not
/// recorded at all. It reads the monotonic timestamp of its <see cref="TimeProvider"/>, so a wall clock set back does
/// not stall sending. Calls still on their way count against the overall budget (<see cref="BeginCall"/>), so that
/// several chats sent to at once never overrun it when their answers come together. Thread-safe: the sender's loop
/// starts calls while the calls it started end on their own threads.
/// </summary>
public sealed class SendRateLimiter
{
    private readonly TimeProvider _time;
    private readonly SendLimits _limits;
    private readonly SlidingWindow _overall;
    private readonly Dictionary<long, SlidingWindow> _perChat = [];
    private readonly Dictionary<long, TimeSpan> _pausedChats = [];
    private readonly long _origin;
    private readonly Lock _lock = new();
    private int _onTheirWay;

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
        lock (_lock)
        {
            var now = Now;
            var wait = _pausedChats.TryGetValue(chatId, out var until) ? until - now : TimeSpan.Zero;
            return Max(wait, WindowFor(chatId).WaitAt(now, onTheirWay: 0));
        }
    }

    /// <summary>
    /// How long to wait before any message may go, by the bot's overall budget (the limit less the margin) with the calls
    /// on their way counted as if answered now; zero means now, infinite that only a call's end can make room.
    /// </summary>
    public TimeSpan OverallDelay()
    {
        lock (_lock)
        {
            return _overall.WaitAt(Now, _onTheirWay);
        }
    }

    /// <summary>A call that Telegram may count is starting: it holds a place in the overall budget until <see cref="EndCall"/>.</summary>
    public void BeginCall()
    {
        lock (_lock)
        {
            _onTheirWay++;
        }
    }

    /// <summary>
    /// A call begun with <see cref="BeginCall"/> was answered (sent, refused or failed): recorded for its chat and overall
    /// when Telegram counted it, which is every answer but a 429.
    /// </summary>
    public void EndCall(long chatId, bool counted)
    {
        lock (_lock)
        {
            _onTheirWay = Math.Max(0, _onTheirWay - 1);
            if (counted)
            {
                var now = Now;
                _overall.Add(now);
                WindowFor(chatId).Add(now);
            }
        }
    }

    /// <summary>Pauses one chat: the server said "retry after" for it, or a failed message waits for its backoff.</summary>
    public void Pause(long chatId, TimeSpan length)
    {
        lock (_lock)
        {
            var until = Now + length;
            if (!_pausedChats.TryGetValue(chatId, out var current) || until > current)
            {
                _pausedChats[chatId] = until;
            }
        }
    }

    /// <summary>Forgets what is kept for a chat that has nothing more to send (its windows refill by themselves).</summary>
    public void Forget(long chatId)
    {
        lock (_lock)
        {
            var now = Now;
            var paused = _pausedChats.TryGetValue(chatId, out var until) && until > now;
            if (!paused && (!_perChat.TryGetValue(chatId, out var window) || window.IsEmptyAt(now)))
            {
                _pausedChats.Remove(chatId);
                _perChat.Remove(chatId);
            }
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

        /// <summary>
        /// How long until one more event fits, with <paramref name="onTheirWay"/> events still to come counted as if
        /// they came now: infinite when those alone fill the window.
        /// </summary>
        public TimeSpan WaitAt(TimeSpan now, int onTheirWay)
        {
            Trim(now);
            if (onTheirWay >= limit)
            {
                return Timeout.InfiniteTimeSpan;
            }

            var wait = TimeSpan.Zero;
            var counted = _events.Count + onTheirWay;
            if (counted >= limit)
            {
                wait = _events.ElementAt(counted - limit) + length - now;
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
