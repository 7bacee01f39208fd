namespace FunnelBot.TelegramBot.Updates;

/// <summary>A user writing in their private chat with the bot (the chat id is the user id).</summary>
public sealed record PrivateSender(long UserId, string? LanguageCode);
