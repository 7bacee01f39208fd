using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// Keeps the messages about a task true after it was closed or moved, in every chat that holds one: a card or an
/// overdue reminder with its buttons is edited to say "Выполнено" (no buttons) or the new due date (buttons kept); the
/// channel's overdue list is written again with the task marked. Runs inside the transaction of the change, after it.
/// </summary>
public sealed class TaskMessageRefresh
{
    private readonly SentTopicStore _topics;
    private readonly WorkTaskStore _tasks;
    private readonly TaskRenderer _renderer;
    private readonly OverdueListRenderer _list;
    private readonly TeamClock _clock;

    public TaskMessageRefresh(SentTopicStore topics, WorkTaskStore tasks, TaskRenderer renderer, OverdueListRenderer list, TeamClock clock)
    {
        _topics = topics;
        _tasks = tasks;
        _renderer = renderer;
        _list = list;
        _clock = clock;
    }

    /// <summary>
    /// Queues the edits for task <paramref name="number"/> as it is now; <paramref name="movedFrom"/> is its due date
    /// before a move (null when it was closed). The message whose button was pressed (<paramref name="pressed"/>) is left
    /// to the press, which edits it itself.
    /// </summary>
    public void After(int number, DateOnly? movedFrom, (long Chat, int Message)? pressed, BotResponse response)
    {
        if (_tasks.Find(number) is not { } task)
        {
            return;
        }

        var view = TaskView.Of(task);
        foreach (var topic in TaskMessageTopic.AllOf(number))
        {
            var culture = BotTexts.CultureOf(topic.Language);
            foreach (var sent in _topics.Showing(topic.ToString()))
            {
                if (pressed is { } press && press.Chat == sent.ChatId && press.Message == sent.MessageId)
                {
                    continue;
                }

                if (topic.Kind == TaskMessageKind.OverdueList)
                {
                    response.EditHtml(sent.ChatId, sent.MessageId, _list.Render(ListedTasks(sent), _clock.Today, culture));
                }
                else if (movedFrom is { } from && view.Status == Domain.Deviations.WorkTaskStatus.Open)
                {
                    response.EditHtml(sent.ChatId, sent.MessageId, _renderer.MovedCard(from, view, culture), TaskButtons.For(number, culture));
                }
                else
                {
                    response.EditHtml(sent.ChatId, sent.MessageId, _renderer.ClosedCard(view, culture));
                }
            }
        }
    }

    private List<TaskView> ListedTasks(SentTopic sent) =>
        [.. sent.Topics
            .Select(TaskMessageTopic.Parse)
            .Where(topic => topic is { Kind: TaskMessageKind.OverdueList })
            .Select(topic => _tasks.Find(topic!.Number))
            .OfType<WorkTaskDocument>()
            .Select(TaskView.Of)];
}
