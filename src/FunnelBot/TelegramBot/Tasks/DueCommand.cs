using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// <c>/due 12 05.12</c>: moves task 12 to a new due date (the writer's locale or ISO; today or later). Only its owner or
/// the manager may; anyone else is refused and nothing changes.
/// </summary>
public sealed class DueCommand : IBotCommand
{
    private readonly TaskActions _actions;
    private readonly TaskRenderer _renderer;
    private readonly TeamClock _calendar;

    public DueCommand(TaskActions actions, TaskRenderer renderer, TeamClock calendar)
    {
        _actions = actions;
        _renderer = renderer;
        _calendar = calendar;
    }

    public string Name => "due";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var today = _calendar.Today;
        var parts = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !int.TryParse(parts[0].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            response.SendHtml(request.ChatId, BotTexts.Html("task.due_usage", culture, Dates.Numeric(today.AddDays(7), culture)));
            return Task.CompletedTask;
        }

        var parsed = DueDateParser.Parse(parts[1], culture, today);
        if (parsed.Error == DueDateError.OutsideSupportedYears)
        {
            response.SendHtml(request.ChatId, OutsideYearsText.Html(parts[1], culture));
            return Task.CompletedTask;
        }

        if (parsed.Date is not { } due)
        {
            var key = parsed.Error == DueDateError.InThePast ? "task.past_date" : "task.bad_date";
            response.SendHtml(request.ChatId, BotTexts.Html(key, culture, parts[1], Dates.Numeric(today, culture)));
            return Task.CompletedTask;
        }

        var result = _actions.Move(number, due, request, response);
        if (result.Changed is not { } moved)
        {
            response.SendHtml(request.ChatId, _actions.RefusalHtml(result, number, culture));
            return Task.CompletedTask;
        }

        response.SendHtml(
            request.ChatId, _renderer.MovedCard(result.Task!.DueDate, moved, culture), TaskButtons.For(number, culture),
            topics: [TaskMessageTopic.For(TaskMessageKind.Card, number, culture).ToString()]);
        return Task.CompletedTask;
    }
}
