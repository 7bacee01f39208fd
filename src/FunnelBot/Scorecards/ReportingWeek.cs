using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Scorecards;

/// <summary>The reporting week: the ISO week that contains "now" in the team's time zone.</summary>
public sealed class ReportingWeek
{
    private readonly TeamClock _clock;

    public ReportingWeek(TimeProvider time, TeamConfiguration configuration)
    {
        _clock = new TeamClock(time, configuration);
    }

    public IsoWeek Current => At(_clock.Now);

    /// <summary>Today's date in the team's zone.</summary>
    public DateOnly Today => _clock.Today;

    /// <summary>The ISO week containing <paramref name="moment"/> as seen in the team's zone.</summary>
    public IsoWeek At(DateTimeOffset moment) => _clock.WeekOf(moment);
}
