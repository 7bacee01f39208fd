using System.Globalization;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary><c>/done 12</c>: closes task 12. Only its owner or the manager may; anyone else is refused and nothing changes.</summary>
public sealed class DoneCommand : IBotCommand
{
    private readonly TaskActions _actions;
    private readonly TaskRenderer _renderer;

    public DoneCommand(TaskActions actions, TaskRenderer renderer)
    {
        _actions = actions;
        _renderer = renderer;
    }

    public string Name => "done";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        if (!int.TryParse(request.Arguments.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("task.done_usage", culture));
            return Task.CompletedTask;
        }

        var result = _actions.Close(number, request, response);
        var html = result.Changed is { } done
            ? _renderer.ClosedCard(done, culture)
            : _actions.RefusalHtml(result, number, culture);
        response.SendHtml(request.ChatId, html);
        return Task.CompletedTask;
    }
}
