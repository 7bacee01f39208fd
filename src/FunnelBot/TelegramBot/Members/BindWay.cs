namespace FunnelBot.TelegramBot.Members;

/// <summary>How a member came to be bound to a Telegram account: the only three ways there are.</summary>
public enum BindWay
{
    /// <summary>The account's user id is the member's <c>UserId</c> in the configuration.</summary>
    ConfiguredId,

    /// <summary>The account opened a one-time invitation link of that member.</summary>
    Invitation,

    /// <summary>A manager confirmed the account's request (its username matched the member's).</summary>
    Confirmed,
}
