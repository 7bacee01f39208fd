using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Chats;

/// <summary>
/// A person who is not a member is answered at most once per chat per team day: the refusal says all there is, and
/// a flood of messages from one stranger must not cost the team's chats their sending time.
/// </summary>
public sealed class StrangerReplies
{
    private readonly ChatNoticeStore _notices;
    private readonly TeamCalendar _calendar;

    public StrangerReplies(ChatNoticeStore notices, TeamCalendar calendar)
    {
        _notices = notices;
        _calendar = calendar;
    }

    /// <summary>Sends <paramref name="html"/> to the stranger's chat unless they were answered there today.</summary>
    public void Refuse(long chatId, string html, BotResponse response)
    {
        var today = _calendar.Today;
        if (_notices.WasToldOn(chatId, today))
        {
            return;
        }

        response.Write(() => _notices.MarkTold(chatId, today));
        response.SendHtml(chatId, html);
    }
}
