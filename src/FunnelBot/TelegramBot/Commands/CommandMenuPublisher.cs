using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// Publishes the command menus with setMyCommands: for private chats and for groups, in Russian and English (and a
/// default in the team's language), plus the manager's fuller menu in the manager's own chat. Menus are only a
/// convenience: the router checks every command's access anyway.
/// </summary>
public sealed class CommandMenuPublisher
{
    private readonly ITelegramBotClient _bot;
    private readonly IServiceProvider _services;
    private readonly TeamConfiguration _team;
    private readonly MemberDirectory _members;

    public CommandMenuPublisher(ITelegramBotClient bot, IServiceProvider services, TeamConfiguration team, MemberDirectory members)
    {
        _bot = bot;
        _services = services;
        _team = team;
        _members = members;
    }

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        var commands = _services.GetServices<IBotCommand>().ToList();
        var forMembers = commands.Where(c => c.Access != CommandAccess.Manager).ToList();
        var inGroups = commands.Where(c => c.WorksInGroups && c.Access != CommandAccess.Manager).ToList();
        foreach (var (language, culture) in new[] { ("ru", BotTexts.Russian), ("en", BotTexts.English) })
        {
            await _bot.SetMyCommands(Menu(forMembers, culture), new BotCommandScopeAllPrivateChats(), language, cancellationToken);
            await _bot.SetMyCommands(Menu(inGroups, culture), new BotCommandScopeAllGroupChats(), language, cancellationToken);
        }

        var teamCulture = BotTexts.CultureOf(_team.Team.Locale);
        await _bot.SetMyCommands(Menu(forMembers, teamCulture), new BotCommandScopeAllPrivateChats(), cancellationToken: cancellationToken);
        await _bot.SetMyCommands(Menu(inGroups, teamCulture), new BotCommandScopeAllGroupChats(), cancellationToken: cancellationToken);
        foreach (var manager in _team.Members.Where(m => m.Role == MemberRole.Manager))
        {
            if (_members.PrivateChatOf(manager.Key) is { } chat)
            {
                var culture = BotTexts.CultureOf(manager.Locale ?? _members.BindingOf(manager.Key)?.LanguageCode ?? _team.Team.Locale);
                await _bot.SetMyCommands(Menu(commands, culture), new BotCommandScopeChat { ChatId = chat }, cancellationToken: cancellationToken);
            }
        }
    }

    private static IEnumerable<BotCommand> Menu(IEnumerable<IBotCommand> commands, CultureInfo culture) =>
        commands.Select(c => new BotCommand { Command = c.Name, Description = BotTexts.Template(c.DescriptionKey, culture) });
}
