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

    /// <summary>
    /// Continues update ids from <paramref name="nextUpdateId"/> (never lower than now), as Telegram never reuses them:
    /// a bot that kept its getUpdates offset from an earlier emulator run then still sees the new updates.
    /// </summary>
    public void ContinueUpdateIdsFrom(long nextUpdateId) => context.Updates.ContinueFrom(nextUpdateId);

    /// <summary>
    /// Creates a user; the private chat with the bot (same id) comes with it. A user who has not started the bot
    /// (<paramref name="hasStartedBot"/> false) cannot be written to until they send the bot a private message.
    /// </summary>
    public SandboxUser CreateUser(
        string firstName, string? username = null, string? languageCode = "en", long? id = null, bool hasStartedBot = true)
    {
        var user = context.Chats.AddUser(firstName, username, languageCode, id);
        context.Reachability.SetStarted(user.Id, hasStartedBot);
        return user;
    }

    /// <summary>Creates a basic group (negative id) or a supergroup (-100… id) the bot is a member of; <paramref name="id"/> picks the id.</summary>
    public SandboxChat CreateGroup(string title, bool supergroup = false, string? username = null, long? id = null) =>
        context.Chats.AddChat(supergroup ? ChatKind.Supergroup : ChatKind.Group, title, username, id);

    /// <summary>Creates a channel (-100… id) where the bot is an administrator; <paramref name="id"/> picks the id.</summary>
    public SandboxChat CreateChannel(string title, string? username = null, long? id = null) =>
        context.Chats.AddChat(ChatKind.Channel, title, username, id);

    public IReadOnlyList<SandboxUser> Users => context.Chats.Users();

    public IReadOnlyList<SandboxChat> Chats => context.Chats.Chats();

    public SandboxUser? FindUser(long userId) => context.Chats.FindUser(userId);

    public SandboxChat? FindChat(long chatId) => context.Chats.FindChat(chatId);

    private SandboxUser RequireUser(long userId) =>
        context.Chats.FindUser(userId) ?? throw new ArgumentException($"No user {userId}; create it first.", nameof(userId));

    private SandboxChat RequireChat(long chatId) =>
        context.Chats.FindChat(chatId) ?? throw new ArgumentException($"No chat {chatId}; create it first.", nameof(chatId));
}
