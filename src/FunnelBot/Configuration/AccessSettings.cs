namespace FunnelBot.Configuration;

/// <summary>The checked <c>Access</c> section.</summary>
public sealed record AccessSettings(TimeSpan InvitationLifetime, bool LeaveOtherChats)
{
    public static AccessSettings Default { get; } = new(TimeSpan.FromDays(7), LeaveOtherChats: true);
}
