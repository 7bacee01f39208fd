using FunnelBot.Sandbox.Json;

namespace FunnelBot.Sandbox.State;

/// <summary>The my_chat_member updates Telegram sends when the bot's status in a chat changes.</summary>
internal static class MembershipUpdates
{
    /// <summary>Queues a my_chat_member update: the bot went from <paramref name="oldStatus"/> to <paramref name="newStatus"/>.</summary>
    public static void Emit(EmulatorContext context, SandboxChat chat, UserDto from, string oldStatus, string newStatus)
    {
        var bot = context.Mapper.Bot;
        ChatMemberDto Member(string status) => new(status, bot, status == "kicked" ? 0 : null);
        context.Updates.Enqueue("my_chat_member", id => new UpdateDto
        {
            UpdateId = id,
            MyChatMember = new ChatMemberUpdatedDto
            {
                Chat = BotApiMapper.Chat(chat),
                From = from,
                Date = BotJson.ToUnix(context.Now),
                OldChatMember = Member(oldStatus),
                NewChatMember = Member(newStatus),
            },
        });
    }
}
