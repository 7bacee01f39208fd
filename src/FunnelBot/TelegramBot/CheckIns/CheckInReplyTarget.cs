namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Where the check-in answers: a new message in the chat, or an edit of the message whose button was pressed.</summary>
public sealed record CheckInReplyTarget(long ChatId, int? EditMessageId = null);
