using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.TelegramBot.CheckIns;

namespace FunnelBot.Scheduling;

/// <summary>
/// The week of the latest slot of <c>Schedule:Jobs:CheckInPrompt</c> within two weeks, in the team's zone: what the
/// Friday prompt and the reminders after it ask for, so that <c>/checkin</c> asks the same.
/// </summary>
public sealed class PromptedWeek : IPromptedWeek
{
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(14);
    private readonly TeamConfiguration _team;

    public PromptedWeek(TeamConfiguration team)
    {
        _team = team;
    }

    public IsoWeek? Latest(DateTimeOffset now)
    {
        var job = _team.Schedule.Job(CheckInPromptJob.Declaration.ConfigurationKey);
        if (!job.Enabled)
        {
            return null;
        }

        var zone = _team.Team.TimeZone;
        return CronSlots.LatestAtOrBefore(job.Cron, zone, now, LookBack) is { } slot ? IsoWeek.Containing(LocalDay.Of(slot, zone)) : null;
    }
}
