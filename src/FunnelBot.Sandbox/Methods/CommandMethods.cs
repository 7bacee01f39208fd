using System.Text.RegularExpressions;
using FunnelBot.Sandbox.Api;
using FunnelBot.Sandbox.Json;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Methods;

/// <summary>setMyCommands, getMyCommands, deleteMyCommands, stored per scope and language.</summary>
internal sealed partial class CommandMethods(EmulatorContext context)
{
    private const int MaxCommands = 100;

    public void Register(MethodRegistry registry)
    {
        registry.Add("setMyCommands", Set);
        registry.Add("getMyCommands", request => context.Commands.Get(Scope(request), Language(request))
            .Select(c => new BotCommandDto(c.Command, c.Description)).ToList());
        registry.Add("deleteMyCommands", request =>
        {
            context.Commands.Set(Scope(request), Language(request), []);
            return true;
        });
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();

    private object Set(ApiRequest request)
    {
        var commands = request.GetJson<List<BotCommandDto>>("commands") ?? throw BotApiError.MissingParameter("commands");
        if (commands.Count > MaxCommands)
        {
            throw BotApiError.BadRequest("too many commands specified");
        }

        foreach (var command in commands)
        {
            if (command.Command is null || !CommandPattern().IsMatch(command.Command))
            {
                throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
            }

            if (string.IsNullOrWhiteSpace(command.Description) || command.Description.Length > 256)
            {
                throw BotApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        context.Commands.Set(Scope(request), Language(request), commands.Select(c => new BotCommandInfo(c.Command, c.Description)).ToList());
        return true;
    }

    private static string? Language(ApiRequest request) => request.GetString("language_code") is { Length: > 0 } code ? code : null;

    private CommandScope Scope(ApiRequest request)
    {
        var scope = request.GetJson<ScopeDto>("scope");
        if (scope is null)
        {
            return CommandScope.Default;
        }

        return scope.Type switch
        {
            "default" or "all_private_chats" or "all_group_chats" or "all_chat_administrators" => new CommandScope(scope.Type),
            "chat" or "chat_administrators" when scope.ChatId is not null => ChatScope(scope.Type, scope.ChatId.Value),
            "chat_member" when scope.ChatId is not null && scope.UserId is not null => new CommandScope(scope.Type, scope.ChatId, scope.UserId),
            _ => throw BotApiError.BadRequest("wrong scope specified"),
        };
    }

    /// <summary>A chat scope; Telegram refuses chat scopes of channels (they have no command menu).</summary>
    private CommandScope ChatScope(string type, long chatId)
    {
        if (context.Chats.FindChat(chatId) is { Kind: ChatKind.Channel })
        {
            throw BotApiError.BadRequest("can't change commands in channel chats");
        }

        return new CommandScope(type, chatId);
    }

    private sealed record ScopeDto(string Type, long? ChatId, long? UserId);
}
