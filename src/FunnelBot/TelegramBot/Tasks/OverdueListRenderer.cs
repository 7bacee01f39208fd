using System.Globalization;
using System.Text;
using FunnelBot.Domain.Deviations;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// The channel's list of overdue tasks, by owner: as the overdue alert sends it, and as it reads after some of its tasks
/// were closed ("✅ … закрыта") or given a later due date ("срок перенесён на …").
/// </summary>
public sealed class OverdueListRenderer
{
    private readonly TaskRenderer _tasks;

    public OverdueListRenderer(TaskRenderer tasks)
    {
        _tasks = tasks;
    }

    /// <summary>The list of <paramref name="tasks"/> (in the order given, grouped by owner) as of <paramref name="today"/>.</summary>
    public string Render(IReadOnlyList<TaskView> tasks, DateOnly today, CultureInfo culture)
    {
        var text = new StringBuilder(BotTexts.Html("overdue.channel_header", culture));
        foreach (var owner in tasks.GroupBy(task => task.Owner, StringComparer.Ordinal))
        {
            text.Append('\n').Append(BotTexts.Html("overdue.owner_line", culture, _tasks.OwnerName(owner.Key)));
            foreach (var task in owner)
            {
                text.Append('\n').Append(Line(task, today, culture));
            }
        }

        return text.ToString();
    }

    private static string Line(TaskView task, DateOnly today, CultureInfo culture)
    {
        var due = Dates.Day(task.Due, culture);
        if (task.Status != WorkTaskStatus.Open)
        {
            return BotTexts.Html("overdue.task_line_closed", culture, task.Title);
        }

        return task.IsOverdueOn(today)
            ? BotTexts.Html("overdue.task_line", culture, task.Title, due)
            : BotTexts.Html("overdue.task_line_moved", culture, task.Title, due);
    }
}
