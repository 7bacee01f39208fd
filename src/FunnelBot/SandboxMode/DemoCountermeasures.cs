using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The reasons and countermeasures behind the demo misses: each miss gets its cause, the recent ones a countermeasure
/// task (the oldest of them already overdue), so the digest, <c>/reasons</c> and <c>/tasks</c> have something to show.
/// </summary>
internal static class DemoCountermeasures
{
    /// <summary>Misses at most this many weeks old get an open countermeasure task (older ones a closed one, <see cref="DemoFollowUps"/>).</summary>
    public const int WeeksWithTasks = 3;

    private static readonly Dictionary<string, MetricNames> Titles = new(StringComparer.Ordinal)
    {
        ["call_plan_missed"] = new("Вернуть план 40 разговоров в день: утренний блок звонков", "Back to 40 conversations a day: a morning call block"),
        ["low_quality_conversations"] = new("Обновить скрипт звонка и разобрать три записи", "Update the call script and review three recordings"),
        ["mailing_not_sent"] = new("Календарь рассылок с ответственным за отправку", "A mailing calendar with an owner for each send"),
        ["click_plan_missed"] = new("Поднять ставки по брендовым запросам", "Raise bids on brand keywords"),
    };

    /// <summary>The countermeasure's title for a demo cause in the team's language, or null when the cause has none.</summary>
    public static string? TitleFor(string cause, TeamConfiguration team) => Titles.TryGetValue(cause, out var title) ? title.For(team.Team.Locale) : null;

    public static void Seed(IReadOnlyList<DemoMiss> misses, IsoWeek current, DeviationStore deviations, WorkTaskStore tasks, TeamConfiguration team)
    {
        foreach (var miss in misses.OrderBy(m => m.Week))
        {
            deviations.Update(miss.Metric, miss.Week, record =>
            {
                record.Kind = DeviationKind.Negative;
                record.Causes = [miss.Cause];
                record.Deviation = miss.Actual - miss.Plan;
                record.ReportedBy = miss.Owner;
            });
            if (miss.Week < current.AddWeeks(-WeeksWithTasks) || !Titles.TryGetValue(miss.Cause, out var title)
                || tasks.ForWeek(miss.Metric, miss.Week).Count > 0)
            {
                continue;
            }

            // Due a week after the week of the miss: the oldest (three weeks ago) is overdue by now.
            var task = tasks.Create(new NewWorkTask(title.For(team.Team.Locale), miss.Owner, miss.Owner, miss.Week.Sunday.AddDays(7), miss.Metric, miss.Week));
            deviations.Update(miss.Metric, miss.Week, record => record.TaskNumber = task.Id);
        }
    }
}
