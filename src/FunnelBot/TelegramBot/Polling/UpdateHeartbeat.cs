using System.Diagnostics.Metrics;
using FunnelBot.Lifetime;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>
/// When Telegram last reached the bot or answered it about updates (the connect, every answered getUpdates, every
/// webhook delivery), on the monotonic <see cref="SendClock"/>: <c>/readyz</c> fails when it has been silent too long.
/// Also counts the updates received, by how they came.
/// </summary>
public sealed class UpdateHeartbeat
{
    public const string ReceivedInstrument = "funnelbot.updates.received";

    private readonly TimeProvider _time;
    private readonly Counter<long> _received;
    private long _lastTicks = -1;

    public UpdateHeartbeat(SendClock clock, IMeterFactory meters)
    {
        _time = clock.Time;
        _received = meters.Create(BotMeter.Name).CreateCounter<long>(
            ReceivedInstrument, "{update}", "Updates stored in the inbox, by how they came (polling, webhook).");
    }

    /// <summary>The last contact, or null before the first.</summary>
    public DateTimeOffset? Last => Interlocked.Read(ref _lastTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>How long since the last contact, or null before the first.</summary>
    public TimeSpan? Silence => Last is { } last ? _time.GetUtcNow() - last : null;

    public void Beat() => Interlocked.Exchange(ref _lastTicks, _time.GetUtcNow().UtcTicks);

    /// <summary>Notes that <paramref name="count"/> updates came by <paramref name="source"/> (and that Telegram was heard).</summary>
    public void Received(int count, string source)
    {
        Beat();
        if (count > 0)
        {
            _received.Add(count, new KeyValuePair<string, object?>("source", source));
        }
    }
}
