namespace FunnelBot.Configuration;

/// <summary>The <c>Access</c> section: how people join the team's bot, where the bot stays and how much one chat may ask at once.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>How long an invitation link works, as <c>d.hh:mm:ss</c> (default 7 days).</summary>
    public string InvitationLifetime { get; set; } = "7.00:00:00";

    /// <summary>Whether the bot leaves a group or channel that is not the team chat after saying so once.</summary>
    public bool LeaveOtherChats { get; set; } = true;

    /// <summary>
    /// How many replies may wait to be sent to one chat; a message beyond that gets one note and is not answered
    /// (default 50), so that a flood from one chat cannot grow the queue without end.
    /// </summary>
    public int PendingRepliesPerChat { get; set; } = 50;

    /// <summary>How many times one person may run each costly command (<c>/chart</c>, <c>/digest</c>, <c>/export</c>, <c>/status</c> in a group) per window (default 6).</summary>
    public int CostlyCommandsPerWindow { get; set; } = 6;

    /// <summary>The window of <see cref="CostlyCommandsPerWindow"/>, as <c>hh:mm:ss</c> (default 10 minutes).</summary>
    public string CostlyCommandsWindow { get; set; } = "00:10:00";
}
