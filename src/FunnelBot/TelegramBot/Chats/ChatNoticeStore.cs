using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Chats;

/// <summary>The last team day a notice went to a chat (collection <c>chat_notices</c>, id = chat id).</summary>
public sealed class ChatNotice
{
    public long Id { get; set; }

    public DateTime Day { get; set; }
}

/// <summary>Remembers which chats were told something today, so that a group hears a notice at most once a day.</summary>
public sealed class ChatNoticeStore
{
    private readonly ILiteCollection<ChatNotice> _notices;

    public ChatNoticeStore(FunnelDatabase database)
    {
        _notices = database.Collection<ChatNotice>("chat_notices");
    }

    public bool WasToldOn(long chatId, DateOnly day) =>
        _notices.FindById(chatId) is { } notice && DateOnly.FromDateTime(notice.Day) == day;

    /// <summary>Forgets notices of team days before <paramref name="day"/> (only today's count); returns how many.</summary>
    public int PurgeBefore(DateOnly day)
    {
        var before = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return _notices.DeleteMany(notice => notice.Day < before);
    }

    public void MarkTold(long chatId, DateOnly day) =>
        _notices.Upsert(new ChatNotice { Id = chatId, Day = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) });
}
