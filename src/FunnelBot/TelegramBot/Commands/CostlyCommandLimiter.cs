using FunnelBot.Configuration;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// How often one person may run each costly command (<see cref="IBotCommand.IsCostly"/>): at most
/// <see cref="AccessSettings.CostlyCommandsPerWindow"/> runs in any <see cref="AccessSettings.CostlyCommandsWindow"/>.
/// Kept in memory by the monotonic timestamp (a restart forgets it; a clock set back does not lock anyone out).
/// Thread-safe: updates of different chats are handled at the same time.
/// </summary>
public sealed class CostlyCommandLimiter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long User, string Command), Queue<TimeSpan>> _runs = [];
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly int _limit;
    private readonly TimeSpan _window;

    public CostlyCommandLimiter(TimeProvider time, TeamConfiguration team)
    {
        _time = time;
        _origin = time.GetTimestamp();
        _limit = team.Access.CostlyCommandsPerWindow;
        _window = team.Access.CostlyCommandsWindow;
    }

    /// <summary>Counts a run and returns null, or returns how long until the person may run the command again (nothing counted).</summary>
    public TimeSpan? TryRun(long userId, string command)
    {
        var now = _time.GetElapsedTime(_origin);
        lock (_gate)
        {
            var key = (userId, command);
            if (!_runs.TryGetValue(key, out var runs))
            {
                runs = new Queue<TimeSpan>();
                _runs[key] = runs;
            }

            while (runs.Count > 0 && runs.Peek() <= now - _window)
            {
                runs.Dequeue();
            }

            if (runs.Count >= _limit)
            {
                return runs.Peek() + _window - now;
            }

            runs.Enqueue(now);
            return null;
        }
    }
}
