namespace FunnelBot.TelegramBot.Digest;

/// <summary>The weekly digest (the week just ended) or the monthly results (the month just ended, through its last week).</summary>
public enum DigestKind
{
    Weekly,
    Monthly,
}
