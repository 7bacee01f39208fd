using System.Globalization;
using FunnelBot.Configuration;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>Who wrote what where: the context every command and button handler gets.</summary>
public sealed record BotRequest(
    Update Update,
    long ChatId,
    ChatType ChatType,
    User From,
    TeamMember? Member,
    CultureInfo Culture,
    string Arguments,
    int? MessageThreadId)
{
    public bool IsPrivate => ChatType == ChatType.Private;

    public Message? Message => Update.Message;

    public CallbackQuery? Callback => Update.CallbackQuery;

    public bool IsManager => Member?.Role == MemberRole.Manager;

    /// <summary>The member, for handlers that only run after the router checked there is one.</summary>
    public TeamMember RequiredMember => Member ?? throw new InvalidOperationException("This handler needs a team member.");
}
