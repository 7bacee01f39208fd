using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>A command as typed: <c>/status@FunnelBot leads</c> is name <c>status</c>, target <c>FunnelBot</c>, arguments <c>leads</c>.</summary>
public sealed record CommandText(string Name, string? Target, string Arguments)
{
    /// <summary>The command at the start of a text message (by its bot_command entity), or null.</summary>
    public static CommandText? Parse(Message message)
    {
        var text = message.Text;
        if (string.IsNullOrEmpty(text) || text[0] != '/')
        {
            return null;
        }

        var entity = message.Entities?.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        var length = entity?.Length ?? IndexOfSpace(text);
        var token = text[1..length];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token : token[..at]).ToLowerInvariant();
        var target = at < 0 ? null : token[(at + 1)..];
        return name.Length == 0 ? null : new CommandText(name, target, text[length..].Trim());
    }

    /// <summary>A command without a target is for every bot; with one, only for the bot it names.</summary>
    public bool IsFor(string botUsername) =>
        Target is null || string.Equals(Target, botUsername, StringComparison.OrdinalIgnoreCase);

    private static int IndexOfSpace(string text)
    {
        var space = text.AsSpan().IndexOfAny(' ', '\n', '\t');
        return space < 0 ? text.Length : space;
    }
}
