namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// One call to Telegram as the <see cref="SendRateLimiter"/> sees it: begun when the sender starts it (its place in the
/// overall budget held from then), ended once, when its answer came or it never got that far. An answer Telegram
/// counted is recorded for the chat and overall; a 429, or a call that never reached Telegram, is not. A call of a
/// kind Telegram does not count (leaving a chat, setting a menu) holds no place at all.
/// </summary>
public sealed class LimitedCall
{
    private readonly SendRateLimiter _limiter;
    private readonly long _chatId;
    private int _open;

    public LimitedCall(SendRateLimiter limiter, long chatId, bool counts)
    {
        _limiter = limiter;
        _chatId = chatId;
        if (counts)
        {
            _limiter.BeginCall();
            _open = 1;
        }
    }

    /// <summary>Ends the call; only the first end counts, later ones change nothing.</summary>
    public void End(bool answered)
    {
        if (Interlocked.Exchange(ref _open, 0) == 1)
        {
            _limiter.EndCall(_chatId, answered);
        }
    }
}
