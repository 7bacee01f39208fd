using FunnelBot.Domain.Periods;

namespace FunnelBot.Configuration;

/// <summary>
/// Time as the team sees it: the injected clock read in the team's zone. The one place that says what "today", the
/// local day of an instant and a stored UTC time's local time are.
/// </summary>
public sealed class TeamClock
{
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;

    public TeamClock(TimeProvider time, TeamConfiguration team)
    {
        _time = time;
        _zone = team.Team.TimeZone;
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;

    /// <summary>Today in the team's zone.</summary>
    public DateOnly Today => DayOf(_time.GetUtcNow());

    /// <summary>The team's calendar day at <paramref name="moment"/>.</summary>
    public DateOnly DayOf(DateTimeOffset moment) => LocalDay.Of(moment, _zone);

    /// <summary>The ISO week of the team's day at <paramref name="moment"/>.</summary>
    public IsoWeek WeekOf(DateTimeOffset moment) => IsoWeek.Containing(DayOf(moment));

    /// <summary>A stored UTC time as the team's local time.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
