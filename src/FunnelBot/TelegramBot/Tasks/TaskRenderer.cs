using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>Task cards, list lines and histories in the reader's language; titles and names are escaped.</summary>
public sealed class TaskRenderer
{
    private readonly TeamConfiguration _team;
    private readonly TeamClock _calendar;

    public TaskRenderer(TeamConfiguration team, TeamClock calendar)
    {
        _team = team;
        _calendar = calendar;
    }

    public string OwnerName(string memberKey) => _team.FindMember(memberKey)?.DisplayName ?? memberKey;

    /// <summary>Number, title, owner, due date and a mark for overdue or done.</summary>
    public string Card(TaskView task, CultureInfo culture) =>
        BotTexts.Html("task.card", culture, task.Number, task.Title, OwnerName(task.Owner), Dates.Day(task.Due, culture), Mark(task, culture));

    /// <summary>The card of a task just closed: "Выполнено:" above it.</summary>
    public string ClosedCard(TaskView task, CultureInfo culture) =>
        BotTexts.Html("task.closed", culture, new HtmlFragment(Card(task, culture)));

    /// <summary>The card of a task just given another due date: "Срок перенесён с 20 ноября на 27 ноября:" above it.</summary>
    public string MovedCard(DateOnly from, TaskView task, CultureInfo culture) =>
        BotTexts.Html("task.moved", culture, Dates.Day(from, culture), Dates.Day(task.Due, culture), new HtmlFragment(Card(task, culture)));

    /// <summary>One line of a list: number, title, due date, overdue mark.</summary>
    public string Line(TaskView task, CultureInfo culture) =>
        BotTexts.Html("tasks.line", culture, task.Number, task.Title, Dates.Day(task.Due, culture), Mark(task, culture));

    /// <summary>The card followed by every change: when (team time), who, what.</summary>
    public string CardWithHistory(WorkTaskDocument task, CultureInfo culture)
    {
        var text = new StringBuilder(Card(TaskView.Of(task), culture));
        text.Append('\n').Append(BotTexts.Html("task.history_header", culture));
        foreach (var change in task.History)
        {
            var at = _calendar.Local(change.At).ToString("g", culture);
            text.Append('\n').Append(BotTexts.Html("task.history_line", culture, at, OwnerName(change.Who), What(change, culture)));
        }

        return text.ToString();
    }

    /// <summary>What a change did, in the reader's language: "создана, ответственный: Анна Смирнова, до 8 декабря".</summary>
    private string What(WorkTaskChange change, CultureInfo culture) => change.Kind switch
    {
        WorkTaskChangeKind.Created => BotTexts.Html("task.history.created", culture, OwnerName(change.Owner ?? string.Empty), DayOf(change.DueTo, culture)),
        WorkTaskChangeKind.DueMoved => BotTexts.Html("task.history.moved", culture, DayOf(change.DueFrom, culture), DayOf(change.DueTo, culture)),
        WorkTaskChangeKind.Done => BotTexts.Html("task.history.done", culture),
        _ => BotTexts.Html("task.history.changed", culture),
    };

    private static string DayOf(string? stored, CultureInfo culture) =>
        DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Dates.Day(date, culture) : "—";

    private HtmlFragment Mark(TaskView task, CultureInfo culture)
    {
        if (task.Status == WorkTaskStatus.Done)
        {
            return new HtmlFragment(BotTexts.Html("task.done_mark", culture));
        }

        return new HtmlFragment(task.IsOverdueOn(_calendar.Today) ? BotTexts.Html("task.overdue_mark", culture) : string.Empty);
    }
}
