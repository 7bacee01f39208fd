namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Where the check-in answers: an edit of the message whose button was pressed (<paramref name="EditMessageId"/>), for a
/// typed answer the question message above it (<paramref name="Question"/>), or else a new message in the chat.
/// </summary>
public sealed record CheckInReplyTarget(long ChatId, int? EditMessageId = null, CheckInQuestionMessage? Question = null);
