namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// A configured member bound to a Telegram user (collection <c>member_bindings</c>, id = member key). A member is
/// bound on their first <c>/start</c>; from then on they are known by user id, whatever their username becomes.
/// </summary>
public sealed class MemberBinding
{
    public string Id { get; set; } = string.Empty;

    public long UserId { get; set; }

    /// <summary>The private chat with the member (equal to the user id in Telegram).</summary>
    public long ChatId { get; set; }

    public string? Username { get; set; }

    /// <summary>The two-letter language of the member's Telegram client, when it sent one.</summary>
    public string? LanguageCode { get; set; }

    public DateTime BoundAt { get; set; }

    /// <summary>The member blocked the bot or deleted their account: nothing is sent until they write again.</summary>
    public bool Unreachable { get; set; }

    public string? UnreachableReason { get; set; }
}
