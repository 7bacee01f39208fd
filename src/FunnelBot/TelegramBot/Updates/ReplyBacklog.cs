using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using System.Globalization;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Caps the replies waiting for one chat (<see cref="AccessSettings.PendingRepliesPerChat"/>): a message or button
/// press that arrives while the chat's queue is full is not handled and changes nothing; the first one gets a note
/// (which fills the queue past the cap, so the rest of the flood is not answered until the queue drains).
/// </summary>
public sealed class ReplyBacklog
{
    private readonly OutboxStore _outbox;
    private readonly int _cap;

    public ReplyBacklog(OutboxStore outbox, TeamConfiguration team)
    {
        _outbox = outbox;
        _cap = team.Access.PendingRepliesPerChat;
    }

    /// <summary>True when the chat's queue is full: <paramref name="response"/> then holds all there is to say.</summary>
    public bool IsFull(long chatId, bool isButton, CultureInfo culture, BotResponse response)
    {
        var waiting = _outbox.CountFor(chatId);
        if (waiting < _cap)
        {
            return false;
        }

        if (isButton)
        {
            response.AnswerCallback(BotTexts.Template("limit.backlog_button", culture));
        }
        else if (waiting == _cap)
        {
            response.SendHtml(chatId, BotTexts.Html("limit.backlog", culture));
        }

        return true;
    }
}
