using System.Globalization;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using FunnelBot.TelegramBot.Worked;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>Why a change of a task was refused.</summary>
public enum TaskRefusal
{
    NotFound,
    AlreadyDone,
    NotYours,
}

/// <summary>The result of closing or moving a task: the card as it is after the change, or why nothing changed.</summary>
public sealed record TaskChangeResult(TaskView? Changed, TaskRefusal? Refusal, WorkTaskDocument? Task);

/// <summary>
/// Closing and moving tasks, for commands and buttons alike: only the owner or the manager may, and only an open task.
/// The caller is known by user id (the router found the member); the writes go into the update's transaction. Closing a
/// countermeasure of a metric's week starts following that metric (<see cref="CountermeasureFollowUps"/>).
/// </summary>
public sealed class TaskActions
{
    private readonly WorkTaskStore _tasks;
    private readonly TaskRenderer _renderer;
    private readonly TaskMessageRefresh _refresh;
    private readonly CountermeasureFollowUps _followUps;

    public TaskActions(WorkTaskStore tasks, TaskRenderer renderer, TaskMessageRefresh refresh, CountermeasureFollowUps followUps)
    {
        _followUps = followUps;
        _tasks = tasks;
        _renderer = renderer;
        _refresh = refresh;
    }

    public TaskChangeResult Close(int number, BotRequest request, BotResponse response)
    {
        var (task, refusal) = Check(number, request);
        if (task is null || refusal is not null)
        {
            return new TaskChangeResult(null, refusal, task);
        }

        var who = request.RequiredMember.Key;
        response.Write(() =>
        {
            if (_tasks.Find(number) is { Status: WorkTaskStatus.Open } open)
            {
                _tasks.Close(number, who);
                _followUps.Start(open, who);
                _refresh.After(number, null, Pressed(request), response);
            }
        });
        return new TaskChangeResult(TaskView.Of(task) with { Status = WorkTaskStatus.Done }, null, task);
    }

    public TaskChangeResult Move(int number, DateOnly due, BotRequest request, BotResponse response)
    {
        var (task, refusal) = Check(number, request);
        if (task is null || refusal is not null)
        {
            return new TaskChangeResult(null, refusal, task);
        }

        var who = request.RequiredMember.Key;
        if (task.DueDate != due)
        {
            response.Write(() =>
            {
                if (_tasks.Find(number) is { Status: WorkTaskStatus.Open } open)
                {
                    _tasks.Move(number, due, who);
                    _refresh.After(number, open.DueDate, Pressed(request), response);
                }
            });
        }

        return new TaskChangeResult(TaskView.Of(task) with { Due = due }, null, task);
    }

    /// <summary>The refusal as a message (HTML).</summary>
    public string RefusalHtml(TaskChangeResult result, int number, CultureInfo culture) => result.Refusal switch
    {
        TaskRefusal.AlreadyDone => BotTexts.Html("task.already_done", culture, number),
        TaskRefusal.NotYours => BotTexts.Html("task.not_yours", culture, number, _renderer.OwnerName(result.Task!.Owner)),
        _ => BotTexts.Html("task.not_found", culture, number),
    };

    /// <summary>The refusal as a button's toast (plain text, not HTML).</summary>
    public string RefusalToast(TaskChangeResult result, int number, CultureInfo culture) => result.Refusal switch
    {
        TaskRefusal.AlreadyDone => string.Format(culture, BotTexts.Template("task.toast_already_done", culture), number),
        TaskRefusal.NotYours => string.Format(culture, BotTexts.Template("task.toast_not_yours", culture), number, _renderer.OwnerName(result.Task!.Owner)),
        _ => BotTexts.Template("button.stale", culture),
    };

    /// <summary>The message whose button made the change, which the press edits itself.</summary>
    private static (long Chat, int Message)? Pressed(BotRequest request) =>
        request.Callback?.Message?.MessageId is { } id ? (request.ChatId, id) : null;

    private (WorkTaskDocument? Task, TaskRefusal? Refusal) Check(int number, BotRequest request)
    {
        var task = _tasks.Find(number);
        if (task is null)
        {
            return (null, TaskRefusal.NotFound);
        }

        if (task.Status != WorkTaskStatus.Open)
        {
            return (task, TaskRefusal.AlreadyDone);
        }

        return task.Owner == request.RequiredMember.Key || request.IsManager ? (task, null) : (task, TaskRefusal.NotYours);
    }
}
