using FunnelBot.Configuration;

namespace FunnelBot.TelegramBot.Tasks;

/// <summary>Today and times of day as the team sees them: the injected clock read in the team's zone.</summary>
public sealed class TeamCalendar
{
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;

    public TeamCalendar(TimeProvider time, TeamConfiguration team)
    {
        _time = time;
        _zone = team.Team.TimeZone;
    }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone).DateTime);

    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;

    /// <summary>A stored UTC time as the team's local time.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
