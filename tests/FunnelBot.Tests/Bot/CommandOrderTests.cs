using System.Text.RegularExpressions;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.Tests.Bot.Support;

namespace FunnelBot.Tests.Bot;

/// <summary>/help and the command menus list the commands in one explicit order (<see cref="CommandCatalogue.Order"/>).</summary>
public sealed partial class CommandOrderTests
{
    [Fact]
    public async Task Help_ForTheManager_EveryCommandInTheCatalogueOrder()
    {
        await using var bot = await BotTestHost.StartAsync();
        var maria = await bot.JoinAsync("maria_lead", "Maria");

        var help = await bot.SayAsync(maria, "/help");
        var listed = CommandLine().Matches(help.Text ?? string.Empty).Select(match => match.Groups[1].Value).ToList();
        var menu = bot.Driver.CommandsShownTo(maria.Id).Select(command => command.Command).ToList();

        Assert.Equal(CommandCatalogue.Order, listed);
        Assert.Equal(CommandCatalogue.Order, bot.Service<CommandCatalogue>().All.Select(command => command.Name));
        Assert.Equal(CommandCatalogue.Order.Where(menu.Contains), menu);
    }

    [GeneratedRegex(@"^/(\w+) — ", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
