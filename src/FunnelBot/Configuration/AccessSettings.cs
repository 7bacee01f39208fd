namespace FunnelBot.Configuration;

/// <summary>The checked <c>Access</c> section.</summary>
public sealed record AccessSettings(TimeSpan InvitationLifetime, bool LeaveOtherChats)
{
    public static AccessSettings Default { get; } = new(TimeSpan.FromDays(7), LeaveOtherChats: true);

    /// <summary>Replies that may wait for one chat before its new messages go unanswered.</summary>
    public int PendingRepliesPerChat { get; init; } = 50;

    /// <summary>How often one person may run each costly command: this many times per <see cref="CostlyCommandsWindow"/>.</summary>
    public int CostlyCommandsPerWindow { get; init; } = 6;

    public TimeSpan CostlyCommandsWindow { get; init; } = TimeSpan.FromMinutes(10);
}
