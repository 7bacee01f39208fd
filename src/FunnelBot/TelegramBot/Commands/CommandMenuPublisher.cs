using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// Publishes the command menus with setMyCommands: for private chats in Russian and English (and a default in the
/// team's language), the manager's fuller menu in the manager's own chat, and the group commands in the team chat
/// only. Every other group gets no menu at all (a menu set there by an earlier release is deleted). Menus are only a
/// convenience: the router checks every command's access and chat anyway.
/// </summary>
public sealed partial class CommandMenuPublisher
{
    private readonly ITelegramBotClient _bot;
    private readonly IServiceProvider _services;
    private readonly TeamConfiguration _team;
    private readonly MemberDirectory _members;
    private readonly ILogger<CommandMenuPublisher> _logger;

    public CommandMenuPublisher(
        ITelegramBotClient bot, IServiceProvider services, TeamConfiguration team, MemberDirectory members, ILogger<CommandMenuPublisher> logger)
    {
        _bot = bot;
        _services = services;
        _team = team;
        _members = members;
        _logger = logger;
    }

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        var commands = _services.GetRequiredService<CommandCatalogue>().All;
        var forMembers = commands.Where(c => c.Access != CommandAccess.Manager).ToList();
        var inGroups = commands.Where(c => c.WorksInGroups && c.Access != CommandAccess.Manager).ToList();
        var languages = new[] { ("ru", BotTexts.Russian), ("en", BotTexts.English) };
        foreach (var (language, culture) in languages)
        {
            await _bot.SetMyCommands(Menu(forMembers, culture), new BotCommandScopeAllPrivateChats(), language, cancellationToken);
            await _bot.DeleteMyCommands(new BotCommandScopeAllGroupChats(), language, cancellationToken);
        }

        var teamCulture = BotTexts.CultureOf(_team.Team.Locale);
        await _bot.SetMyCommands(Menu(forMembers, teamCulture), new BotCommandScopeAllPrivateChats(), cancellationToken: cancellationToken);
        await _bot.DeleteMyCommands(new BotCommandScopeAllGroupChats(), cancellationToken: cancellationToken);
        await PublishTeamChatMenuAsync(inGroups, languages, teamCulture, cancellationToken);
        foreach (var manager in _team.Members.Where(m => m.Role == MemberRole.Manager))
        {
            await PublishManagerMenuAsync(manager, cancellationToken);
        }
    }

    /// <summary>The manager's fuller menu in their own chat.</summary>
    public async Task PublishManagerMenuAsync(TeamMember manager, CancellationToken cancellationToken)
    {
        if (_members.PrivateChatOf(manager.Key) is { } chat)
        {
            var commands = _services.GetRequiredService<CommandCatalogue>().All;
            var culture = BotTexts.CultureOf(manager.Locale ?? _members.BindingOf(manager.Key)?.LanguageCode ?? _team.Team.Locale);
            await _bot.SetMyCommands(Menu(commands, culture), new BotCommandScopeChat { ChatId = chat }, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The group commands in the team chat when it is a group (channels have no command menu).</summary>
    private async Task PublishTeamChatMenuAsync(
        IReadOnlyList<IBotCommand> inGroups, (string Language, CultureInfo Culture)[] languages, CultureInfo teamCulture, CancellationToken cancellationToken)
    {
        if (!_team.Team.HasChannel)
        {
            return;
        }

        try
        {
            var chat = await _bot.GetChat(_team.Team.ChannelChatId, cancellationToken);
            if (chat.Type is not (ChatType.Group or ChatType.Supergroup))
            {
                return;
            }

            var scope = new BotCommandScopeChat { ChatId = chat.Id };
            foreach (var (language, culture) in languages)
            {
                await _bot.SetMyCommands(Menu(inGroups, culture), scope, language, cancellationToken);
            }

            await _bot.SetMyCommands(Menu(inGroups, teamCulture), scope, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException exception)
        {
            // The bot may not be in the team chat yet; posting there will say so in its own log line.
            LogTeamChatMenuFailed(_team.Team.ChannelChatId, exception.Message);
        }
    }

    private static IEnumerable<BotCommand> Menu(IEnumerable<IBotCommand> commands, CultureInfo culture) =>
        commands.Select(c => new BotCommand { Command = c.Name, Description = BotTexts.Template(c.DescriptionKey, culture) });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the command menu of the team chat {ChatId}: {Reason}")]
    private partial void LogTeamChatMenuFailed(long chatId, string reason);
}
