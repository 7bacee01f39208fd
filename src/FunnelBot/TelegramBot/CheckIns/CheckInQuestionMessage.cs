namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// The delivered message asking the check-in's current question, as seen from a typed answer: whether it is still in
/// reach (few enough messages below it that an edit of it is seen), or the question has to move down.
/// </summary>
public sealed record CheckInQuestionMessage(int MessageId, bool InReach);
