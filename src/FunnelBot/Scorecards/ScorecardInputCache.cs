using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Scorecards;

/// <summary>
/// Keeps the last scorecard input loaded for an ISO year while nothing changed: no write (see <see cref="DataVersion"/>)
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

    public ScorecardInput GetOrLoad(int isoYear, DateOnly today, Func<ScorecardInput> load)
    {
        var version = _version.Current;
        lock (_gate)
        {
            if (_last is { } last && last.Year == isoYear && last.Version == version && last.Day == today)
            {
                return last.Input;
            }
        }

        var input = load();
        lock (_gate)
        {
            _last = new Entry(isoYear, version, today, input);
        }

        return input;
    }

    private sealed record Entry(int Year, long Version, DateOnly Day, ScorecardInput Input);
}
