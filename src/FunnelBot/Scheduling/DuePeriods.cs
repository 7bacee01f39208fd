using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Scheduling;

/// <summary>
/// The run a job's slot is due for: the slot's local day in the team's zone, the period the job's
/// <see cref="ScheduledJobDeclaration.DuePeriod"/> maps it to, and the key the run is recorded under.
/// </summary>
public sealed class DuePeriods
{
    private readonly TeamConfiguration _team;

    public DuePeriods(TeamConfiguration team)
    {
        _team = team;
    }

    public ScheduledRun For(ScheduledJobDeclaration job, DateTimeOffset slot)
    {
        var day = LocalDay.Of(slot, _team.Team.TimeZone);
        var period = job.DuePeriod.Of(slot, day, _team);
        return new(job, slot, day, period.Week, period.Month, JobRunStore.Key(job.Name, period.Key));
    }
}
