namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// A one-tap invitation (collection <c>invites</c>): <c>https://t.me/&lt;bot&gt;?start=&lt;code&gt;</c> binds whoever opens
/// it first to the member, once, until it expires or the manager revokes it.
/// </summary>
public sealed class Invite
{
    /// <summary>The code: 16 random URL-safe characters (Telegram allows A-Z, a-z, 0-9, _ and -, up to 64).</summary>
    public string Id { get; set; } = string.Empty;

    public string Member { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    /// <summary>After this instant the link no longer binds anyone. Invitations of earlier releases have none: they never bind.</summary>
    public DateTime? ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Who made it: a member key, or <c>cli</c> for the command line on the server.</summary>
    public string? CreatedBy { get; set; }

    public bool IsValidAt(DateTime now) => UsedAt is null && RevokedAt is null && ExpiresAt is { } expires && now < expires;
}
