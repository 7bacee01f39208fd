using System.Text.RegularExpressions;
using FunnelBot.Sandbox.State;

namespace FunnelBot.Sandbox.Driver;

/// <summary>The bot_command entity Telegram puts on "/cmd" or "/cmd@botname" at the start of a text.</summary>
internal static partial class CommandEntities
{
    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?(?=\s|$)")]
    private static partial Regex CommandPattern();

    public static IReadOnlyList<MessageEntityInfo> For(string text)
    {
        var match = CommandPattern().Match(text);
        return match.Success ? [new MessageEntityInfo("bot_command", 0, match.Length)] : [];
    }
}
