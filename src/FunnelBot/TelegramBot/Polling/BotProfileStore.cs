using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.TelegramBot.Polling;

/// <summary>The bot's own account as Telegram last reported it (collection <c>bot_profile</c>, one document).</summary>
public sealed class BotProfile
{
    public int Id { get; set; } = 1;

    public long BotId { get; set; }

    public string Username { get; set; } = string.Empty;

    public DateTime SeenAt { get; set; }
}

/// <summary>
/// Remembers the bot's username from its last connection, so that the command line on the server can print an
/// invitation link (<c>https://t.me/&lt;bot&gt;?start=…</c>) without asking Telegram.
/// </summary>
public sealed class BotProfileStore
{
    private readonly ILiteCollection<BotProfile> _profile;
    private readonly TimeProvider _time;

    public BotProfileStore(FunnelDatabase database, TimeProvider time)
    {
        _time = time;
        _profile = database.Collection<BotProfile>("bot_profile");
    }

    public BotProfile? Last() => _profile.FindById(1);

    public void Remember(long botId, string username)
    {
        if (Last() is { } known && known.BotId == botId && known.Username == username)
        {
            return;
        }

        _profile.Upsert(new BotProfile { BotId = botId, Username = username, SeenAt = _time.GetUtcNow().UtcDateTime });
    }
}
