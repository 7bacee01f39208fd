using System.Globalization;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>What the check-in knows about one metric when it asks for it.</summary>
public sealed record CheckInQuestion(
    MetricDefinition Metric,
    decimal? WeekPlan,
    decimal? LastWeekValue,
    decimal? HighestRecent,
    decimal? CurrentValue);

/// <summary>The facts a step needs: the questions in the state's order and the member's culture for numbers.</summary>
public sealed record CheckInContext(IReadOnlyList<CheckInQuestion> Questions, CultureInfo Culture)
{
    public CheckInQuestion? Find(string metric) => Questions.FirstOrDefault(q => q.Metric.Key == metric);
}
