namespace FunnelBot.Sandbox.State;

/// <summary>setMyCommands lists per scope and language code ("" = all languages). Thread-safe.</summary>
internal sealed class CommandStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(CommandScope Scope, string Language), IReadOnlyList<BotCommandInfo>> lists = [];

    public void Set(CommandScope scope, string? languageCode, IReadOnlyList<BotCommandInfo> commands)
    {
        lock (gate)
        {
            if (commands.Count == 0)
            {
                lists.Remove((scope, languageCode ?? string.Empty));
            }
            else
            {
                lists[(scope, languageCode ?? string.Empty)] = commands;
            }
        }
    }

    public IReadOnlyList<BotCommandInfo> Get(CommandScope scope, string? languageCode)
    {
        lock (gate)
        {
            return lists.GetValueOrDefault((scope, languageCode ?? string.Empty)) ?? [];
        }
    }
}
