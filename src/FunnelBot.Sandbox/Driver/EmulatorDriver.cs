using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>
/// Acts as Telegram users towards the bot (texts, commands, button presses, files, blocking) and reads what
/// the bot did. Everything here happens in memory at once; the bot sees it through getUpdates.
/// </summary>
public sealed partial class EmulatorDriver
{
    private readonly EmulatorContext context;

    internal EmulatorDriver(EmulatorContext context) => this.context = context;

    /// <summary>Creates a user; the private chat with the bot (same id) comes with it.</summary>
    public SandboxUser CreateUser(string firstName, string? username = null, string? languageCode = "en", long? id = null) =>
        context.Chats.AddUser(firstName, username, languageCode, id);

    /// <summary>Creates a basic group (negative id) or a supergroup (-100… id) the bot is a member of.</summary>
    public SandboxChat CreateGroup(string title, bool supergroup = false, string? username = null) =>
        context.Chats.AddChat(supergroup ? ChatKind.Supergroup : ChatKind.Group, title, username);

    /// <summary>Creates a channel (-100… id) where the bot is an administrator.</summary>
    public SandboxChat CreateChannel(string title, string? username = null) =>
        context.Chats.AddChat(ChatKind.Channel, title, username);

    public IReadOnlyList<SandboxUser> Users => context.Chats.Users();

    public IReadOnlyList<SandboxChat> Chats => context.Chats.Chats();

    public SandboxUser? FindUser(long userId) => context.Chats.FindUser(userId);

    public SandboxChat? FindChat(long chatId) => context.Chats.FindChat(chatId);

    /// <summary>The user blocks the bot: sends to them get 403, and the bot gets a my_chat_member update.</summary>
    public Task BlockBotAsync(long userId) => SetBlockedAsync(userId, blocked: true);

    /// <summary>The user unblocks (restarts) the bot.</summary>
    public Task UnblockBotAsync(long userId) => SetBlockedAsync(userId, blocked: false);

    public bool HasBlockedBot(long userId) => context.Chats.IsBlockedBy(userId);

    private Task SetBlockedAsync(long userId, bool blocked)
    {
        var user = RequireUser(userId);
        if (!context.Chats.SetBlocked(userId, blocked))
        {
            return Task.CompletedTask;
        }

        var bot = context.Mapper.Bot;
        var member = new ChatMemberDto("member", bot);
        var kicked = new ChatMemberDto("kicked", bot, 0);
        context.Updates.Enqueue("my_chat_member", id => new UpdateDto
        {
            UpdateId = id,
            MyChatMember = new ChatMemberUpdatedDto
            {
                Chat = BotApiMapper.Chat(context.Chats.FindChat(userId)!),
                From = BotApiMapper.User(user),
                Date = BotJson.ToUnix(context.Now),
                OldChatMember = blocked ? member : kicked,
                NewChatMember = blocked ? kicked : member,
            },
        });
        return Task.CompletedTask;
    }

    private SandboxUser RequireUser(long userId) =>
        context.Chats.FindUser(userId) ?? throw new ArgumentException($"No user {userId}; create it first.", nameof(userId));

    private SandboxChat RequireChat(long chatId) =>
        context.Chats.FindChat(chatId) ?? throw new ArgumentException($"No chat {chatId}; create it first.", nameof(chatId));
}
