using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Builders;

/// <summary>Builds the stored weekly values and plans the engine reads.</summary>
internal sealed class ScorecardInputBuilder
{
    private readonly Dictionary<string, Dictionary<IsoWeek, decimal>> _values = [];
    private readonly Dictionary<string, MetricPlan> _plans = [];

    public ScorecardInputBuilder Value(string metric, string week, decimal value)
    {
        if (!_values.TryGetValue(metric, out var values))
        {
            values = [];
            _values[metric] = values;
        }

        values[IsoWeek.Parse(week)] = value;
        return this;
    }

    /// <summary>The same value in weeks <paramref name="fromWeek"/>..<paramref name="toWeek"/> of one ISO year.</summary>
    public ScorecardInputBuilder Values(string metric, int year, int fromWeek, int toWeek, decimal value)
    {
        for (var week = fromWeek; week <= toWeek; week++)
        {
            Value(metric, new IsoWeek(year, week).ToString(), value);
        }

        return this;
    }

    public ScorecardInputBuilder Plan(string metric, Func<PlanBuilder, PlanBuilder> plan)
    {
        _plans[metric] = plan(new PlanBuilder()).Build();
        return this;
    }

    public ScorecardInput Build() => new(
        _values.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<IsoWeek, decimal>)pair.Value),
        _plans);
}
