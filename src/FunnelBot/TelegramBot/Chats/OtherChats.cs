using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Chats;

/// <summary>
/// What the bot says in a group or channel that is not the team chat. Team data is never posted there: a command
/// gets a short "write to me privately" at most once per chat per team day, and being added to such a chat is
/// answered once, then the bot leaves (<c>Access:LeaveOtherChats</c>). Before any team chat is configured, the
/// answer gives the chat's id, for <c>Team:ChannelChatId</c>. None of these texts names the team.
/// </summary>
public sealed class OtherChats
{
    private const string ChannelSetting = "Team:ChannelChatId";
    private readonly OncePerDayNotices _notices;
    private readonly TeamConfiguration _team;

    public OtherChats(OncePerDayNotices notices, TeamConfiguration team)
    {
        _notices = notices;
        _team = team;
    }

    /// <summary>A command for the bot typed in a chat that is not the team's.</summary>
    public void AnswerCommand(long chatId, int? threadId, CultureInfo culture, BotResponse response) =>
        _notices.Send(chatId, BotTexts.Html("chat.other_group", culture), response, threadId);

    /// <summary>The bot was added to a chat that is not the team's.</summary>
    public void OnAdded(long chatId, CultureInfo culture, BotResponse response)
    {
        if (!_team.Team.HasChannel)
        {
            response.SendHtml(chatId, BotTexts.Html("chat.added_setup", culture, chatId.ToString(CultureInfo.InvariantCulture), ChannelSetting));
            return;
        }

        if (!_team.Access.LeaveOtherChats)
        {
            response.SendHtml(chatId, BotTexts.Html("chat.added_staying", culture));
            return;
        }

        response.SendHtml(chatId, BotTexts.Html("chat.added_leaving", culture));
        response.Send(new OutgoingMessage { ChatId = chatId, Kind = OutgoingKind.LeaveChat });
    }
}
