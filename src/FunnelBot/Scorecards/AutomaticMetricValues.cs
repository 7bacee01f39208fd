using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Scorecards;

/// <summary>
/// The weekly values of the configured <c>automatic</c> metrics, computed from the bot's own records at the moment of
/// asking: <c>overdue_tasks</c>, the one such metric, from the task store. They replace anything stored under its key.
/// </summary>
public sealed class AutomaticMetricValues
{
    private readonly TeamConfiguration _team;
    private readonly WorkTaskStore _tasks;
    private readonly TimeProvider _time;

    public AutomaticMetricValues(TeamConfiguration team, WorkTaskStore tasks, TimeProvider time)
    {
        _team = team;
        _tasks = tasks;
        _time = time;
    }

    /// <summary>Today in the team's zone: automatic values change at most once a day without a write.</summary>
    public DateOnly Today => LocalDay.Of(_time.GetUtcNow(), _team.Team.TimeZone);

    /// <summary>Stored values with the automatic metrics' computed values laid over them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> AddTo(
        IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> stored)
    {
        var automatic = _team.Metrics.Where(m => m.Kind == MetricKind.Automatic).ToList();
        if (automatic.Count == 0)
        {
            return stored;
        }

        var values = new Dictionary<string, IReadOnlyDictionary<IsoWeek, decimal>>(stored, StringComparer.Ordinal);
        foreach (var metric in automatic.Where(m => m.Key == OverdueTasksMetric.Key))
        {
            values[metric.Key] = OverdueTasksMetric.WeeklyValues(Timelines(), _time.GetUtcNow(), _team.Team.TimeZone);
        }

        return values;
    }

    private List<TaskTimeline> Timelines() => [.. _tasks.All().Select(task => task.ToTimeline())];
}
