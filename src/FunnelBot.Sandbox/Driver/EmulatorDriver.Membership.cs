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

    private void EmitMyChatMember(SandboxChat chat, SandboxUser from, string oldStatus, string newStatus)
    {
        var bot = context.Mapper.Bot;
        ChatMemberDto Member(string status) => new(status, bot, status == "kicked" ? 0 : null);
        context.Updates.Enqueue("my_chat_member", id => new UpdateDto
        {
            UpdateId = id,
            MyChatMember = new ChatMemberUpdatedDto
            {
                Chat = BotApiMapper.Chat(chat),
                From = BotApiMapper.User(from),
                Date = BotJson.ToUnix(context.Now),
                OldChatMember = Member(oldStatus),
                NewChatMember = Member(newStatus),
            },
        });
    }
}
