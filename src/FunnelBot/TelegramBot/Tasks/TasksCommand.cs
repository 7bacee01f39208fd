using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>
/// <c>/tasks [overdue]</c>: the caller's open tasks (the manager: everyone's, grouped by owner), earliest due first,
/// overdue ones marked; with <c>overdue</c> only those whose due date has ended in the team's zone.
/// </summary>
public sealed class TasksCommand : IBotCommand
{
    private const string OverdueWord = "overdue";
    private static readonly string[] OverdueWords = [OverdueWord, "просроченные", "просрочено"];
    private readonly WorkTaskStore _tasks;
    private readonly MemberDirectory _members;
    private readonly TaskRenderer _renderer;
    private readonly TeamClock _calendar;

    public TasksCommand(WorkTaskStore tasks, MemberDirectory members, TaskRenderer renderer, TeamClock calendar)
    {
        _tasks = tasks;
        _members = members;
        _renderer = renderer;
        _calendar = calendar;
    }

    public string Name => "tasks";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var argument = request.Arguments.Trim();
        var overdueOnly = OverdueWords.Contains(argument, StringComparer.OrdinalIgnoreCase);
        if (argument.Length > 0 && !overdueOnly)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("tasks.usage", culture));
            return Task.CompletedTask;
        }

        var today = _calendar.Today;
        var me = request.RequiredMember.Key;
        var tasks = (overdueOnly ? _tasks.OverdueOn(today) : _tasks.Open())
            .Where(t => request.IsManager || t.Owner == me)
            .Select(TaskView.Of)
            .OrderBy(t => t.Due)
            .ThenBy(t => t.Number)
            .ToList();
        var header = BotTexts.Html(overdueOnly ? "tasks.header_overdue" : request.IsManager ? "tasks.header_team" : "tasks.header_mine", culture);
        if (tasks.Count == 0)
        {
            response.SendHtml(request.ChatId, header + "\n" + BotTexts.Html(overdueOnly ? "tasks.none_overdue" : "tasks.none", culture));
            return Task.CompletedTask;
        }

        var text = new StringBuilder(header);
        foreach (var owner in OwnersInOrder(tasks))
        {
            if (request.IsManager)
            {
                text.Append("\n\n").Append(BotTexts.Html("tasks.owner", culture, _renderer.OwnerName(owner)));
            }

            foreach (var task in tasks.Where(t => t.Owner == owner))
            {
                text.Append('\n').Append(_renderer.Line(task, culture));
            }
        }

        text.Append("\n\n").Append(BotTexts.Html("tasks.footer", culture));
        response.SendHtml(request.ChatId, text.ToString());
        return Task.CompletedTask;
    }

    /// <summary>Owners in the order of the configuration, then anyone no longer configured.</summary>
    private IEnumerable<string> OwnersInOrder(IReadOnlyList<TaskView> tasks)
    {
        var owners = tasks.Select(t => t.Owner).Distinct(StringComparer.Ordinal).ToList();
        var configured = _members.Members.Select(m => m.Key).Where(owners.Contains).ToList();
        return configured.Concat(owners.Except(configured, StringComparer.Ordinal));
    }
}
