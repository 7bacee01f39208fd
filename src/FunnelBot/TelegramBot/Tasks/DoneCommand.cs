using System.Globalization;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.TelegramBot.Worked;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// <c>/done 12</c>: closes task 12. Only its owner or the manager may; anyone else is refused and nothing changes. A
/// countermeasure of a metric's week says which metric is now followed and until when.
/// </summary>
public sealed class DoneCommand : IBotCommand
{
    private readonly TaskActions _actions;
    private readonly TaskRenderer _renderer;
    private readonly CountermeasureFollowUps _followUps;
    private readonly WorkedRenderer _worked;

    public DoneCommand(TaskActions actions, TaskRenderer renderer, CountermeasureFollowUps followUps, WorkedRenderer worked)
    {
        _actions = actions;
        _renderer = renderer;
        _followUps = followUps;
        _worked = worked;
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
            ? _renderer.ClosedCard(done, culture) + Followed(result.Task!, culture)
            : _actions.RefusalHtml(result, number, culture);
        response.SendHtml(request.ChatId, html);
        return Task.CompletedTask;
    }

    /// <summary>For a countermeasure of a metric's week: which metric is now followed and until when.</summary>
    private string Followed(Storage.WorkTaskDocument task, CultureInfo culture) =>
        _followUps.WeeksToFollow(task) is { } weeks
            ? "\n\n" + BotTexts.Html("task.followed", culture, _worked.MetricName(task.Metric!, culture), Rendering.CountWords.Weeks(weeks.Count, culture), Rendering.Dates.Day(weeks[^1].Sunday, culture))
            : string.Empty;
}
