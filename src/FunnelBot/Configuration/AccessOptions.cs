namespace FunnelBot.Configuration;

/// <summary>The <c>Access</c> section: how people join the team's bot and where the bot stays.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>How long an invitation link works, as <c>d.hh:mm:ss</c> (default 7 days).</summary>
    public string InvitationLifetime { get; set; } = "7.00:00:00";

    /// <summary>Whether the bot leaves a group or channel that is not the team chat after saying so once.</summary>
    public bool LeaveOtherChats { get; set; } = true;
}
