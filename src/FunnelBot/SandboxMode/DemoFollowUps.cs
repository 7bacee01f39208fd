using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Worked;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The countermeasures of the older demo misses, closed the Monday after their miss and followed for the weeks after
/// it as a real closing is (<see cref="CountermeasureFollowUps"/>); those whose weeks have passed are decided from the
/// demo figures by the same rule as the weekly job, so that <c>/worked</c> has outcomes to show in a fresh sandbox.
/// </summary>
internal static class DemoFollowUps
{
    /// <summary>Misses at most this many weeks old get a closed, followed countermeasure (the newer ones get open tasks).</summary>
    private const int OldestWeeksAgo = 12;

    public static void Seed(IReadOnlyList<DemoMiss> misses, IsoWeek current, IServiceProvider services)
    {
        var followWeeks = services.GetRequiredService<IOptions<CountermeasureOptions>>().Value.FollowWeeks;
        var team = services.GetRequiredService<TeamConfiguration>();
        var tasks = services.GetRequiredService<WorkTaskStore>();
        var deviations = services.GetRequiredService<DeviationStore>();
        var store = services.GetRequiredService<CountermeasureFollowUpStore>();
        var followUps = services.GetRequiredService<CountermeasureFollowUps>();
        foreach (var miss in misses.OrderBy(m => m.Week))
        {
            var closedOn = miss.Week.AddWeeks(1).Monday;
            if (miss.Week < current.AddWeeks(-OldestWeeksAgo) || miss.Week >= current.AddWeeks(-DemoCountermeasures.WeeksWithTasks)
                || DemoCountermeasures.TitleFor(miss.Cause, team) is not { } title || tasks.ForWeek(miss.Metric, miss.Week).Count > 0)
            {
                continue;
            }

            var task = tasks.Create(new NewWorkTask(title, miss.Owner, miss.Owner, miss.Week.Sunday.AddDays(7), miss.Metric, miss.Week));
            deviations.Update(miss.Metric, miss.Week, record => record.TaskNumber = task.Id);
            tasks.Close(task.Id, miss.Owner, closedOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
            var weeks = CountermeasureOutcomeRule.FollowedWeeks(closedOn, followWeeks);
            var followUp = store.Start(new NewFollowUp(
                task.Id, task.Title, task.Owner, miss.Metric, miss.Week, [miss.Cause], null, closedOn, miss.Owner, weeks));
            if (weeks[^1] < current)
            {
                store.Decide(task.Id, followUps.Judge(followUp));
            }
        }
    }
}
