using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Chats;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Updates;

/// <summary>
/// Runs a command addressed to the bot in a private chat or the team chat: an unknown name is answered in private
/// only; the caller's role is checked by <see cref="CommandAccessRules"/> (a stranger hears it once a day); a costly
/// command over the caller's limit is refused with the time it is allowed again; then the command's handler runs.
/// </summary>
public sealed class CommandRunner
{
    private readonly Dictionary<string, IBotCommand> _commands;
    private readonly OncePerDayNotices _strangers;
    private readonly CostlyCommandLimiter _costly;
    private readonly TeamClock _clock;

    public CommandRunner(IEnumerable<IBotCommand> commands, OncePerDayNotices strangers, CostlyCommandLimiter costly, TeamClock clock)
    {
        _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _strangers = strangers;
        _costly = costly;
        _clock = clock;
    }

    public async Task RunAsync(string name, BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            if (request.IsPrivate && request.Member is null)
            {
                _strangers.Send(request.ChatId, BotTexts.Html("refuse.not_member", request.Culture), response);
            }
            else if (request.IsPrivate)
            {
                response.SendHtml(request.ChatId, BotTexts.Html("unknown_command", request.Culture));
            }

            return;
        }

        if (CommandAccessRules.Check(command, request.Member?.Role, request.IsPrivate) is { } refusal)
        {
            var html = BotTexts.Html(CommandAccessRules.TextKey(refusal), request.Culture);
            if (request.Member is null && request.IsPrivate)
            {
                _strangers.Send(request.ChatId, html, response);
            }
            else
            {
                response.SendHtml(request.ChatId, html);
            }

            return;
        }

        if (command.IsCostly(request) && _costly.TryRun(request.From.Id, command.Name) is { } retryIn)
        {
            var next = _clock.Local(_clock.UtcNow + retryIn);
            response.SendHtml(
                request.ChatId, BotTexts.Html("limit.costly", request.Culture, command.Name, Dates.TimeOfDay(next, request.Culture)), threadId: request.MessageThreadId);
            return;
        }

        await command.HandleAsync(request, response, cancellationToken);
    }
}
