using FunnelBot.TelegramBot.Digest;

namespace FunnelBot.Scheduling;

/// <summary>
/// The weekly digest (<c>Schedule:Jobs:WeeklyDigest</c>) of the week just ended into the team channel (and its forum
/// topic, if set), in the team's language.
/// </summary>
public sealed class WeeklyDigestJob : IScheduledJob
{
    public static ScheduledJobDeclaration Declaration { get; } = new("weekly-digest", "WeeklyDigest", null, DuePeriod.WeekBeforeTheSlot);

    private readonly ChannelDigest _channel;

    public WeeklyDigestJob(ChannelDigest channel)
    {
        _channel = channel;
    }

    public int Run(ScheduledRun run) => _channel.Post(DigestKind.Weekly, run);
}
