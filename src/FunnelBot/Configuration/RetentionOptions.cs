namespace FunnelBot.Configuration;

/// <summary>
/// The <c>Storage:Retention</c> section: how long the nightly retention job keeps bookkeeping records, each as
/// <c>d.hh:mm:ss</c>. Values, plans, their history, tasks and deviations are never purged.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Storage:Retention";

    /// <summary>Handled inbox updates, counted from when they were handled (an unhandled one is never purged).</summary>
    public string HandledUpdates { get; set; } = "30.00:00:00";

    /// <summary>Job runs, counted from their slot (the latest run of each job is always kept).</summary>
    public string JobRuns { get; set; } = "400.00:00:00";

    /// <summary>The once-a-day notices to strangers and other chats, counted from their day.</summary>
    public string ChatNotices { get; set; } = "7.00:00:00";

    /// <summary>Invitations that no longer bind anyone (used, revoked or expired), counted from then.</summary>
    public string Invitations { get; set; } = "30.00:00:00";

    /// <summary>Bind requests a manager decided (or that were superseded), counted from the decision.</summary>
    public string BindRequests { get; set; } = "90.00:00:00";

    /// <summary>Records of the buttons on sent messages, counted from the last send or edit (Telegram edits for 48 h).</summary>
    public string SentKeyboards { get; set; } = "2.00:00:00";

    /// <summary>
    /// Records of which sent message shows which task (kept so that closing or moving the task edits them), counted from
    /// the send.
    /// </summary>
    public string SentTopics { get; set; } = "30.00:00:00";
}
