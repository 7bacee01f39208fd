using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// Presses of the buttons on a task card ("✓ Done", "+7 days"), with the same checks as <c>/done</c> and <c>/due</c> by the
/// presser's user id: a refusal or a stale button (task done or gone) is a toast and changes nothing; otherwise the card
/// is edited to show the task after the change.
/// </summary>
public sealed class TaskCallbacks : ICallbackHandler
{
    private const int PlusDays = 7;
    private readonly TaskActions _actions;
    private readonly TaskRenderer _renderer;
    private readonly TeamClock _calendar;
    private readonly WorkTaskStore _tasks;

    public TaskCallbacks(TaskActions actions, TaskRenderer renderer, TeamClock calendar, WorkTaskStore tasks)
    {
        _actions = actions;
        _renderer = renderer;
        _calendar = calendar;
        _tasks = tasks;
    }

    public string Prefix => TaskButtons.Prefix;

    public Task HandleAsync(BotRequest request, string data, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var button = TaskButtons.Parse(data);
        var pressed = request.Callback?.Message?.MessageId;
        if (button is null || pressed is not { } messageId)
        {
            response.AnswerCallback(BotTexts.Template("button.stale", culture));
            return Task.CompletedTask;
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

            return Task.CompletedTask;
        }

        var card = _renderer.Card(changed, culture);
        if (button.Action == TaskButtonAction.Done)
        {
            response.EditHtml(request.ChatId, messageId, BotTexts.Html("task.closed", culture, new HtmlFragment(card)));
            response.AnswerCallback(BotTexts.Template("task.toast_done", culture));
        }
        else
        {
            response.EditHtml(request.ChatId, messageId, card, TaskButtons.For(changed.Number, culture));
            response.AnswerCallback(string.Format(culture, BotTexts.Template("task.toast_moved", culture), Dates.Numeric(changed.Due, culture)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Seven days after the due date, or after today when the task is already overdue.</summary>
    private DateOnly NewDue(int number)
    {
        var today = _calendar.Today;
        var due = _tasks.Find(number)?.DueDate ?? today;
        return (due > today ? due : today).AddDays(PlusDays);
    }
}
