namespace FunnelBot.TelegramBot.Members;

/// <summary>Where a request to be a configured member stands.</summary>
public enum BindRequestStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Another request for the same member was approved, or the member was bound another way.</summary>
    Superseded,
}

/// <summary>
/// Someone whose Telegram username matches a configured member asked to be that member (collection
/// <c>bind_requests</c>). A username alone binds nobody: a manager confirms or rejects the request.
/// </summary>
public sealed class BindRequest
{
    /// <summary>16 random lowercase hex digits: known before the request is stored, so its buttons can be queued with it.</summary>
    public string Id { get; set; } = string.Empty;

    public string Member { get; set; } = string.Empty;

    public long UserId { get; set; }

    public long ChatId { get; set; }

    public string? Username { get; set; }

    /// <summary>First and last name as the person's Telegram account shows them.</summary>
    public string TelegramName { get; set; } = string.Empty;

    public string? LanguageCode { get; set; }

    public DateTime CreatedAt { get; set; }

    public BindRequestStatus Status { get; set; } = BindRequestStatus.Pending;

    /// <summary>The manager who decided, when one did.</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }
}
