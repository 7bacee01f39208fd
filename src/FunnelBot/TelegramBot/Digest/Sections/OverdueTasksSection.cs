using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.Digest.Sources;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// The tasks that were overdue when the report's week ended (or now, while it is in progress), with their owners: the
/// same tasks, at the same instant, that the <c>overdue_tasks</c> metric counts for the week, so that the list and the
/// metric's line agree. A task closed since is shown with the day it was closed.
/// </summary>
public sealed class OverdueTasksSection : IDigestSection
{
    private readonly IOverdueTasks _tasks;
    private readonly DigestNames _names;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public OverdueTasksSection(IOverdueTasks tasks, DigestNames names, TeamConfiguration team, TimeProvider time)
    {
        _tasks = tasks;
        _names = names;
        _team = team;
        _time = time;
    }

    public int Order => 500;

    public string? Render(DigestContext context)
    {
        var zone = _team.Team.TimeZone;
        var tasks = _tasks.OverdueAt(OverdueTasksMetric.CountedAt(context.Week, _time.GetUtcNow(), zone));
        if (tasks.Count == 0)
        {
            return null;
        }

        var culture = context.Culture;
        var text = new StringBuilder(BotTexts.Html("digest.overdue_header", culture));
        foreach (var task in tasks)
        {
            text.Append('\n').Append(BotTexts.Html(
                "digest.overdue_line", culture, _names.Member(task.OwnerKey), task.Title, Dates.Day(task.Due, culture)));
            if (task.ClosedAt is { } closed)
            {
                text.Append(BotTexts.Html("digest.overdue_closed_since", culture, Dates.Day(LocalDay.Of(closed, zone), culture)));
            }
        }

        return text.ToString();
    }
}
