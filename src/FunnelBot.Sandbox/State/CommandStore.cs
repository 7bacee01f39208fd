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

    /// <summary>
    /// The list a Telegram client shows to a user in a chat: the first list set along Telegram's resolution order
    /// (narrowest scope first, each with the user's language before the all-languages list).
    /// </summary>
    public IReadOnlyList<BotCommandInfo> Resolve(SandboxChat chat, SandboxUser user, bool isAdmin)
    {
        var language = user.LanguageCode?.Split('-')[0];
        var scopes = chat.Kind == ChatKind.Private
            ? [CommandScope.Chat(chat.Id), CommandScope.AllPrivateChats, CommandScope.Default]
            : new List<CommandScope?>
            {
                CommandScope.ChatMember(chat.Id, user.Id),
                isAdmin ? CommandScope.ChatAdministrators(chat.Id) : null,
                CommandScope.Chat(chat.Id),
                isAdmin ? CommandScope.AllChatAdministrators : null,
                CommandScope.AllGroupChats,
                CommandScope.Default,
            }.OfType<CommandScope>().ToList();
        lock (gate)
        {
            foreach (var scope in scopes)
            {
                if (language is not null && lists.TryGetValue((scope, language), out var localized))
                {
                    return localized;
                }

                if (lists.TryGetValue((scope, string.Empty), out var general))
                {
                    return general;
                }
            }
        }

        return [];
    }

    public IReadOnlyList<BotCommandInfo> Get(CommandScope scope, string? languageCode)
    {
        lock (gate)
        {
            return lists.GetValueOrDefault((scope, languageCode ?? string.Empty)) ?? [];
        }
    }
}
