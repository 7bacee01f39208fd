using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// A press of "✓ Done" or "+7 days", wherever the buttons are (a task card, a new task, the private overdue reminder):
/// the same checks as <c>/done</c> and <c>/due</c> through <see cref="TaskActions"/>, by the presser's user id. A refusal
/// or a stale button (task done or gone) is a toast and changes nothing; otherwise the message is edited to show the
/// task after the change.
/// </summary>
public sealed class TaskButtonPresses
{
    private const int PlusDays = 7;
    private readonly TaskActions _actions;
    private readonly TaskRenderer _renderer;
    private readonly TeamClock _clock;
    private readonly WorkTaskStore _tasks;

    public TaskButtonPresses(TaskActions actions, TaskRenderer renderer, TeamClock clock, WorkTaskStore tasks)
    {
        _actions = actions;
        _renderer = renderer;
        _clock = clock;
        _tasks = tasks;
    }

    /// <summary>Handles a pressed button; <paramref name="button"/> is null when its data was not a task button.</summary>
    public void Handle(BotRequest request, TaskButton? button, BotResponse response)
    {
        var culture = request.Culture;
        var pressed = request.Callback?.Message?.MessageId;
        if (button is null || pressed is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return;
        }

        var result = button.Action == TaskButtonAction.Done
            ? _actions.Close(button.Number, request, response)
            : _actions.Move(button.Number, NewDue(button.Number), request, response);
        if (result.Changed is not { } changed)
        {
            var stale = result.Refusal != TaskRefusal.NotYours;
            response.AnswerCallback(_actions.RefusalToast(result, button.Number, culture), alert: !stale);
            if (stale)
            {
                response.RemoveKeyboard(request.ChatId, messageId);
            }

            return;
        }

        if (button.Action == TaskButtonAction.Done)
        {
            response.EditHtml(request.ChatId, messageId, _renderer.ClosedCard(changed, culture));
            response.AnswerCallback(BotTexts.Template("task.toast_done", culture));
        }
        else
        {
            response.EditHtml(request.ChatId, messageId, _renderer.MovedCard(result.Task!.DueDate, changed, culture), TaskButtons.For(changed.Number, culture));
            response.AnswerCallback(string.Format(culture, BotTexts.Template("task.toast_moved", culture), Dates.Day(changed.Due, culture)));
        }
    }

    /// <summary>Seven days after the due date, or after today when the task is already overdue.</summary>
    private DateOnly NewDue(int number)
    {
        var today = _clock.Today;
        var due = _tasks.Find(number)?.DueDate ?? today;
        return (due > today ? due : today).AddDays(PlusDays);
    }
}
