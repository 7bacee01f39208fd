using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Builders;

/// <summary>Builds a metric's plans from the forms a manager types: month, year (spread), week override, ratio target.</summary>
internal sealed class PlanBuilder
{
    private readonly Dictionary<YearMonth, decimal> _monthly = [];
    private readonly Dictionary<IsoWeek, WeekPlanOverride> _overrides = [];
    private readonly Dictionary<int, decimal> _targets = [];

    public PlanBuilder Month(string month, decimal plan)
    {
        _monthly[YearMonth.Parse(month)] = plan;
        return this;
    }

    /// <summary>A year row, as the import applies it: it sets every month of the year by the spread.</summary>
    public PlanBuilder Year(int year, decimal plan)
    {
        foreach (var (month, monthPlan) in PlanSpread.YearToMonths(year, plan))
        {
            _monthly[month] = monthPlan;
        }

        return this;
    }

    public PlanBuilder Override(string week, decimal plan, string? note = "away")
    {
        _overrides[IsoWeek.Parse(week)] = new WeekPlanOverride(plan, note);
        return this;
    }

    public PlanBuilder Target(int year, decimal target)
    {
        _targets[year] = target;
        return this;
    }

    public MetricPlan Build() => new(_monthly, _overrides, _targets);
}
