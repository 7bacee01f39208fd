using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Tasks;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.Scheduling;

/// <summary>
/// The overdue alert (<c>Schedule:Jobs:OverdueAlert</c>), once a day of its slot: one channel message listing overdue
/// tasks by owner, and a private message to each reachable owner per task with the task card's buttons "done" and
/// "+7 days" (<see cref="TaskButtons"/>); all queued with the run's key in one transaction. Both are filed by topic, so
/// that closing or moving a task later edits them (<see cref="TaskMessageRefresh"/>). Nothing is
/// sent when nothing is overdue (the run is still recorded). Tasks come from <see cref="IOverdueTasks"/>. An owner away
/// on the run's day gets no private reminder; the channel message still names their tasks.
/// </summary>
public sealed class OverdueAlertJob : IScheduledJob
{
    public static ScheduledJobDeclaration Declaration { get; } = new("overdue-alert", "OverdueAlert", null, DuePeriod.DayOfTheSlot);

    private readonly TeamConfiguration _team;
    private readonly IOverdueTasks _tasks;
    private readonly MemberDirectory _members;
    private readonly MemberCultures _cultures;
    private readonly OverdueListRenderer _list;
    private readonly ResponseWriter _writer;
    private readonly JobRunStore _runs;
    private readonly IAwayCalendar _away;

    public OverdueAlertJob(
        TeamConfiguration team, IOverdueTasks tasks, MemberDirectory members, MemberCultures cultures, OverdueListRenderer list,
        ResponseWriter writer, JobRunStore runs, IAwayCalendar away)
    {
        _away = away;
        _team = team;
        _tasks = tasks;
        _members = members;
        _cultures = cultures;
        _list = list;
        _writer = writer;
        _runs = runs;
    }

    public int Run(ScheduledRun run)
    {
        var overdue = _tasks.Overdue(run.Day);
        var response = new BotResponse();
        if (overdue.Count > 0 && _team.Team.HasChannel)
        {
            var culture = _cultures.Team;
            var listed = overdue.Select(task => new TaskView(task.Number, task.Title, task.OwnerKey, task.Due, WorkTaskStatus.Open)).ToList();
            response.SendHtml(
                _team.Team.ChannelChatId, _list.Render(listed, run.Day, culture), threadId: _team.Team.ChannelThreadId,
                topics: [.. listed.Select(task => TaskMessageTopic.For(TaskMessageKind.OverdueList, task.Number, culture).ToString())]);
        }

        foreach (var task in overdue)
        {
            if (_team.FindMember(task.OwnerKey) is { } owner && !_away.IsAwayOn(owner.Key, run.Day)
                && _members.PrivateChatOf(owner.Key) is { } chat)
            {
                var culture = _cultures.For(owner);
                var text = BotTexts.Html("overdue.private", culture, task.Title, Dates.Day(task.Due, culture));
                response.SendHtml(
                    chat, text, TaskButtons.For(task.Number, culture), owner.Key,
                    topics: [TaskMessageTopic.For(TaskMessageKind.Card, task.Number, culture).ToString()]);
            }
        }

        _writer.Apply(response, () => _runs.Record(run.Key, run.Slot));
        return response.Messages.Count;
    }
}
