namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// The bot's commands in the order <c>/help</c> and the command menus show them: an explicit list, not the order of
/// registration. A registered command missing from the list, or a listed one not registered, stops start-up.
/// </summary>
public sealed class CommandCatalogue
{
    /// <summary>First what everyone needs, then the weekly numbers, tasks, reports, plans and the manager's tools.</summary>
    public static IReadOnlyList<string> Order { get; } =
        ["start", "help", "checkin", "cancel", "edit", "status", "attention", "invite", "unbind", "task", "tasks", "done", "due", "reasons", "worked", "chart", "digest", "plan", "away", "ab", "export", "apikey"];

    public CommandCatalogue(IEnumerable<IBotCommand> commands)
    {
        var byName = commands.ToDictionary(command => command.Name, StringComparer.Ordinal);
        var unlisted = byName.Keys.Except(Order, StringComparer.Ordinal).ToList();
        var missing = Order.Except(byName.Keys, StringComparer.Ordinal).ToList();
        if (unlisted.Count > 0 || missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"CommandCatalogue.Order and the registered commands differ: not listed {string.Join(", ", unlisted)}; not registered {string.Join(", ", missing)}");
        }

        All = [.. Order.Select(name => byName[name])];
    }

    public IReadOnlyList<IBotCommand> All { get; }
}
