using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Chats;

/// <summary>
/// Sends a notice to a chat at most once per team day: the refusal to a stranger, the "write to me privately" in a
/// group that is not the team's. The notice says all there is, and a flood of messages from one person must not cost
/// the team's chats their sending time.
/// </summary>
public sealed class OncePerDayNotices
{
    private readonly ChatNoticeStore _notices;
    private readonly TeamClock _calendar;

    public OncePerDayNotices(ChatNoticeStore notices, TeamClock calendar)
    {
        _notices = notices;
        _calendar = calendar;
    }

    /// <summary>Sends <paramref name="html"/> to the chat unless a notice went there today.</summary>
    public void Send(long chatId, string html, BotResponse response, int? threadId = null)
    {
        var today = _calendar.Today;
        if (_notices.WasToldOn(chatId, today))
        {
            return;
        }

        response.Write(() => _notices.MarkTold(chatId, today));
        response.SendHtml(chatId, html, threadId: threadId);
    }
}
