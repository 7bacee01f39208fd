using FunnelBot.Configuration;

namespace FunnelBot.Scheduling;

/// <summary>
/// The in-memory job store forgets what fired while the bot was down. At start, each enabled job whose latest slot at
/// or before now lies within <c>Schedule:CatchUpWindow</c> and whose run is not recorded is due once. (A slot at this
/// very instant is included: the cron trigger would fire it too, and the second firing finds the run recorded.)
/// </summary>
public sealed class CatchUpPlanner
{
    private readonly TeamConfiguration _team;
    private readonly DuePeriods _periods;
    private readonly JobRunStore _runs;

    public CatchUpPlanner(TeamConfiguration team, DuePeriods periods, JobRunStore runs)
    {
        _team = team;
        _periods = periods;
        _runs = runs;
    }

    public IReadOnlyList<ScheduledRun> Due(DateTimeOffset now)
    {
        var due = new List<ScheduledRun>();
        foreach (var declared in ScheduledJobs.Declarations)
        {
            var job = _team.Schedule.Job(declared.ConfigurationKey);
            if (job.Enabled
                && CronSlots.LatestAtOrBefore(job.Cron, _team.Team.TimeZone, now, _team.Schedule.CatchUpWindow) is { } slot
                && _periods.For(declared, slot) is var run
                && !_runs.HasRun(run.Key))
            {
                due.Add(run);
            }
        }

        return due;
    }
}
