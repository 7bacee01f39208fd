namespace FunnelBot.Sandbox.State;

/// <summary>A BotCommandScope: its Bot API type name and, for chat scopes, the chat and user.</summary>
public sealed record CommandScope(string Type, long? ChatId = null, long? UserId = null)
{
    public static CommandScope Default { get; } = new("default");

    public static CommandScope AllPrivateChats { get; } = new("all_private_chats");

    public static CommandScope AllGroupChats { get; } = new("all_group_chats");

    public static CommandScope AllChatAdministrators { get; } = new("all_chat_administrators");

    public static CommandScope Chat(long chatId) => new("chat", chatId);

    public static CommandScope ChatAdministrators(long chatId) => new("chat_administrators", chatId);

    public static CommandScope ChatMember(long chatId, long userId) => new("chat_member", chatId, userId);
}

/// <summary>A command as set by setMyCommands.</summary>
public sealed record BotCommandInfo(string Command, string Description);
