using FunnelBot.Configuration;
using FunnelBot.Domain.Away;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>
/// The demo team's absences: the second member was on sick leave the week before the current one (so the digest shows
/// them as away), the third goes on vacation for the two weeks after it, and the manager has set that member's weekly
/// plans for those weeks to 0 with the note (as the offer after <c>/away</c> does).
/// </summary>
internal static class DemoAbsences
{
    public static void Seed(IsoWeek current, AwayStore absences, PlanStore plans, TeamConfiguration team)
    {
        var owners = team.Members
            .Where(m => m.Role == MemberRole.Member && team.Metrics.Any(metric => metric.Owner == m.Key && metric.Kind == MetricKind.Entered))
            .ToList();
        var manager = team.Members.FirstOrDefault(m => m.Role == MemberRole.Manager)?.Key ?? DemoDataSeeder.Author.Who;
        var russian = team.Team.Locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase);
        if (owners.Count > 1)
        {
            var week = current.Previous;
            absences.Create(new NewAbsence(owners[1].Key, new AbsencePeriod(week.Monday, week.Monday.AddDays(4)), russian ? "Больничный" : "Sick leave", owners[1].Key));
        }

        if (owners.Count > 2)
        {
            var member = owners[2].Key;
            var note = russian ? "Отпуск" : "Vacation";
            var first = current.Next;
            var period = new AbsencePeriod(first.Monday, first.Next.Monday.AddDays(6));
            absences.Create(new NewAbsence(member, period, note, manager));
            var overrides = team.Metrics
                .Where(metric => metric.Owner == member && metric.Kind == MetricKind.Entered)
                .SelectMany(metric => period.AwayWeeks().Select(week => PlanEntry.ForWeek(metric.Key, week, 0m, note)));
            plans.SetAll(overrides, new ChangeAuthor(manager, ChangeSource.Chat));
        }
    }
}
