using FunnelBot.Domain.CheckIns;
using FunnelBot.TelegramBot.Outgoing;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Finds the message that asks a check-in's current question (filed under <see cref="Topic"/> when Telegram accepted
/// it), so that a typed answer edits it in place instead of adding a message per answer.
/// </summary>
public sealed class CheckInQuestionMessages
{
    /// <summary>
    /// Messages (the member's answers, mostly) that may stand between the question message and a typed answer while an
    /// edit of it is still seen; with more, the question comes down as a new message (two requests once, not one).
    /// </summary>
    public const int MaxMessagesBelow = 5;

    private readonly SentTopicStore _topics;
    private readonly OutboxStore _outbox;

    public CheckInQuestionMessages(SentTopicStore topics, OutboxStore outbox)
    {
        _topics = topics;
        _outbox = outbox;
    }

    /// <summary>The topic of a conversation's question message.</summary>
    public static string Topic(CheckInState state) => $"checkin:{state.Member}:{state.Id}";

    /// <summary>
    /// The latest delivered question message of the conversation in the chat, seen from the answer's message; null when
    /// none is known yet, or when a newer one is still on its way (an answer typed the moment it appeared: editing the
    /// one before would put the reply above it).
    /// </summary>
    public CheckInQuestionMessage? Find(CheckInState state, long chatId, int answerMessageId)
    {
        if (_outbox.HasWaiting(chatId, Topic(state)))
        {
            return null;
        }

        var sent = _topics.Showing(Topic(state)).LastOrDefault(message => message.ChatId == chatId);
        return sent is null ? null : new CheckInQuestionMessage(sent.MessageId, answerMessageId - sent.MessageId - 1 <= MaxMessagesBelow);
    }
}
