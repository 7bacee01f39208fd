using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>Builds what the check-in shows and checks for each of a member's metrics: plan, last week, recent highest, current value.</summary>
public sealed class CheckInQuestions
{
    /// <summary>The absurd-value check compares with the highest of this many weeks before the reported one.</summary>
    public const int RecentWeeks = 13;
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;

    public CheckInQuestions(TeamConfiguration team, WeeklyValueStore values, PlanStore plans)
    {
        _team = team;
        _values = values;
        _plans = plans;
    }

    /// <summary>The entered metrics a member owns, in configuration order.</summary>
    public IReadOnlyList<MetricDefinition> MetricsOf(string member) =>
        [.. _team.Metrics.Where(m => m.Kind == MetricKind.Entered && m.Owner == member)];

    public MetricDefinition? Metric(string key) => _team.FindMetric(key);

    public CheckInContext For(string member, IsoWeek week, CultureInfo culture) =>
        For(MetricsOf(member), week, culture);

    public CheckInContext For(IReadOnlyList<MetricDefinition> metrics, IsoWeek week, CultureInfo culture)
    {
        var plans = _plans.LoadPlans([.. metrics.Select(m => m.Key)], week.Year - 1, week.Year);
        var questions = metrics.Select(metric =>
        {
            var plan = plans.TryGetValue(metric.Key, out var metricPlan) ? metricPlan.WeeklyPlan(week) : null;
            decimal? highest = null;
            for (var back = 1; back <= RecentWeeks; back++)
            {
                if (_values.Get(metric.Key, week.AddWeeks(-back)) is { } value && (highest is null || value > highest))
                {
                    highest = value;
                }
            }

            return new CheckInQuestion(metric, plan, _values.Get(metric.Key, week.Previous), highest, _values.Get(metric.Key, week));
        });
        return new CheckInContext([.. questions], culture);
    }
}
