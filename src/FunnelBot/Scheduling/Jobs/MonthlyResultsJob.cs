using FunnelBot.TelegramBot.Digest;

namespace FunnelBot.Scheduling;

/// <summary>
/// The monthly results (<c>Schedule:Jobs:MonthlyResults</c>) of the month just ended (through its last ISO week) into
/// the team channel.
/// </summary>
public sealed class MonthlyResultsJob : IScheduledJob
{
    public static ScheduledJobDeclaration Declaration { get; } = new("monthly-results", "MonthlyResults", null, DuePeriod.MonthBeforeTheSlot);

    private readonly ChannelDigest _channel;

    public MonthlyResultsJob(ChannelDigest channel)
    {
        _channel = channel;
    }

    public int Run(ScheduledRun run) => _channel.Post(DigestKind.Monthly, run);
}
