namespace FunnelBot.Configuration;

/// <summary>The checked <c>Storage:Retention</c> section: how long each kind of bookkeeping record is kept.</summary>
public sealed record RetentionSettings(
    TimeSpan HandledUpdates,
    TimeSpan JobRuns,
    TimeSpan ChatNotices,
    TimeSpan Invitations,
    TimeSpan BindRequests,
    TimeSpan SentKeyboards,
    TimeSpan SentTopics)
{
    public static RetentionSettings Default { get; } = new(
        TimeSpan.FromDays(30), TimeSpan.FromDays(400), TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromDays(90), TimeSpan.FromDays(2),
        TimeSpan.FromDays(30));
}
