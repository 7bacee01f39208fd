namespace FunnelBot.TelegramBot.Polling;

/// <summary>The bot's own id and username, known after getMe.</summary>
public sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
    }
}
