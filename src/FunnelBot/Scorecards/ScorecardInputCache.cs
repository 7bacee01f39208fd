using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Scorecards;

/// <summary>
/// Keeps the last scorecard input loaded for the same years (<see cref="ScorecardInputYears"/>) while nothing changed: no write (see <see cref="DataVersion"/>)
/// and the same day in the team's zone (automatic metrics such as overdue tasks depend on the date).
/// The version is read before loading, so a write during the load makes the next call load again.
/// </summary>
public sealed class ScorecardInputCache
{
    private readonly DataVersion _version;
    private readonly Lock _gate = new();
    private Entry? _last;

    public ScorecardInputCache(FunnelDatabase database)
    {
        _version = database.Changes;
    }

    public ScorecardInput GetOrLoad(ScorecardInputYears years, DateOnly today, Func<ScorecardInput> load)
    {
        var version = _version.Current;
        lock (_gate)
        {
            if (_last is { } last && last.Years == years && last.Version == version && last.Day == today)
            {
                return last.Input;
            }
        }

        var input = load();
        lock (_gate)
        {
            _last = new Entry(years, version, today, input);
        }

        return input;
    }

    private sealed record Entry(ScorecardInputYears Years, long Version, DateOnly Day, ScorecardInput Input);
}
