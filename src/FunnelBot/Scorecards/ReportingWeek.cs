using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Scorecards;

/// <summary>The reporting week: the ISO week that contains "now" in the team's time zone.</summary>
public sealed class ReportingWeek
{
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;

    public ReportingWeek(TimeProvider time, TeamConfiguration configuration)
    {
        _time = time;
        _zone = configuration.Team.TimeZone;
    }

    public IsoWeek Current => At(_time.GetUtcNow());

    /// <summary>Today's date in the team's zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone).DateTime);

    /// <summary>The ISO week containing <paramref name="moment"/> as seen in the team's zone.</summary>
    public IsoWeek At(DateTimeOffset moment) =>
        IsoWeek.Containing(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, _zone).DateTime));
}
