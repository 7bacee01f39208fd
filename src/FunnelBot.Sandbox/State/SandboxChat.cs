namespace FunnelBot.Sandbox.State;

public enum ChatKind
{
    Private,
    Group,
    Supergroup,
    Channel,
}

/// <summary>A chat the bot is in. Private chats share the user's id; groups are negative; supergroups and channels -100….</summary>
public sealed record SandboxChat(long Id, ChatKind Kind, string? Title, string? Username, string? FirstName)
{
    /// <summary>The Bot API's name of the chat type.</summary>
    public string TypeName => Kind switch
    {
        ChatKind.Private => "private",
        ChatKind.Group => "group",
        ChatKind.Supergroup => "supergroup",
        _ => "channel",
    };

    public bool IsGroupLike => Kind != ChatKind.Private;
}
