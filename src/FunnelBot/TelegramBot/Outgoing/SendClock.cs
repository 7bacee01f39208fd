namespace FunnelBot.TelegramBot.Outgoing;

/// <summary>
/// The clock of the transport: send pacing, the sender's and the poller's waits and backoff. It is the system clock in production; it is kept apart from the
/// business clock so that tests can fake "now" for reports while real HTTP calls keep real pacing.
/// </summary>
public sealed class SendClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
