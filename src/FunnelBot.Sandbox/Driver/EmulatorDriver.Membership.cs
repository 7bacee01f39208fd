using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>Blocking the bot and removing it from chats, with the my_chat_member updates Telegram sends.</summary>
public sealed partial class EmulatorDriver
{
    /// <summary>The user blocks the bot: sends to them get 403, and the bot gets a my_chat_member update.</summary>
    public Task BlockBotAsync(long userId) => SetBlockedAsync(userId, blocked: true);

    /// <summary>The user unblocks (restarts) the bot.</summary>
    public Task UnblockBotAsync(long userId) => SetBlockedAsync(userId, blocked: false);

    public bool HasBlockedBot(long userId) => context.Reachability.IsBlockedBy(userId);

    /// <summary>A user removes the bot from a group or channel: sends there get 403 "bot was kicked from the … chat".</summary>
    public Task RemoveBotFromChatAsync(long chatId, long byUserId) => SetRemovedAsync(chatId, byUserId, removed: true);

    /// <summary>A user adds the bot (back) to a group or channel.</summary>
    public Task AddBotToChatAsync(long chatId, long byUserId) => SetRemovedAsync(chatId, byUserId, removed: false);

    /// <summary>
    /// A user creates a group (or supergroup) and adds the bot to it: the bot gets the my_chat_member update "left" ->
    /// "member" that Telegram sends then.
    /// </summary>
    public Task<SandboxChat> AddBotToNewGroupAsync(string title, long byUserId, bool supergroup = true, long? id = null)
    {
        var user = RequireUser(byUserId);
        var chat = context.Chats.AddChat(supergroup ? ChatKind.Supergroup : ChatKind.Group, title, null, id);
        EmitMyChatMember(chat, user, "left", "member");
        return Task.FromResult(chat);
    }

    /// <summary>Whether the bot is still in a group or channel (it may have been removed or left).</summary>
    public bool IsBotIn(long chatId) => !context.Reachability.IsRemovedFrom(chatId);

    private Task SetBlockedAsync(long userId, bool blocked)
    {
        var user = RequireUser(userId);
        if (context.Reachability.SetBlocked(userId, blocked))
        {
            EmitMyChatMember(RequireChat(userId), user, blocked ? "member" : "kicked", blocked ? "kicked" : "member");
        }

        return Task.CompletedTask;
    }

    private Task SetRemovedAsync(long chatId, long byUserId, bool removed)
    {
        var chat = RequireChat(chatId);
        var user = RequireUser(byUserId);
        if (!chat.IsGroupLike)
        {
            throw new ArgumentException("Use BlockBotAsync for private chats.", nameof(chatId));
        }

        if (context.Reachability.SetRemoved(chatId, removed))
        {
            var gone = chat.Kind == ChatKind.Group ? "left" : "kicked";
            EmitMyChatMember(chat, user, removed ? "member" : gone, removed ? gone : "member");
        }

        return Task.CompletedTask;
    }

    private void EmitMyChatMember(SandboxChat chat, SandboxUser from, string oldStatus, string newStatus) =>
        MembershipUpdates.Emit(context, chat, BotApiMapper.User(from), oldStatus, newStatus);
}
