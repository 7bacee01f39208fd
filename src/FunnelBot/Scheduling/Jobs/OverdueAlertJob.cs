using System.Text;
using FunnelBot.Configuration;
using FunnelBot.TelegramBot.Digest;
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
/// "+7 days" (<see cref="TaskButtons"/>); all queued with the run's key in one transaction. Nothing is
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
    private readonly DigestNames _names;
    private readonly ResponseWriter _writer;
    private readonly JobRunStore _runs;
    private readonly IAwayCalendar _away;

    public OverdueAlertJob(
        TeamConfiguration team, IOverdueTasks tasks, MemberDirectory members, MemberCultures cultures, DigestNames names,
        ResponseWriter writer, JobRunStore runs, IAwayCalendar away)
    {
        _away = away;
        _team = team;
        _tasks = tasks;
        _members = members;
        _cultures = cultures;
        _names = names;
        _writer = writer;
        _runs = runs;
    }

    public int Run(ScheduledRun run)
    {
        var overdue = _tasks.Overdue(run.Day);
        var response = new BotResponse();
        if (overdue.Count > 0 && _team.Team.HasChannel)
        {
            response.SendHtml(_team.Team.ChannelChatId, ChannelText(overdue), threadId: _team.Team.ChannelThreadId);
        }

        foreach (var task in overdue)
        {
            if (_team.FindMember(task.OwnerKey) is { } owner && !_away.IsAwayOn(owner.Key, run.Day)
                && _members.PrivateChatOf(owner.Key) is { } chat)
            {
                var culture = _cultures.For(owner);
                var text = BotTexts.Html("overdue.private", culture, task.Title, Dates.Day(task.Due, culture));
                response.SendHtml(chat, text, TaskButtons.For(task.Number, culture), owner.Key);
            }
        }

        _writer.Apply(response, () => _runs.Record(run.Key, run.Slot));
        return response.Messages.Count;
    }

    private string ChannelText(IReadOnlyList<OverdueTask> overdue)
    {
        var culture = _cultures.Team;
        var text = new StringBuilder(BotTexts.Html("overdue.channel_header", culture));
        foreach (var owner in overdue.GroupBy(task => task.OwnerKey, StringComparer.Ordinal))
        {
            text.Append('\n').Append(BotTexts.Html("overdue.owner_line", culture, _names.Member(owner.Key)));
            foreach (var task in owner)
            {
                text.Append('\n').Append(BotTexts.Html("overdue.task_line", culture, task.Title, Dates.Day(task.Due, culture)));
            }
        }

        return text.ToString();
    }
}
