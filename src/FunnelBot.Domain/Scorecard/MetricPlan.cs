using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>A one-week plan that replaces the month's share for that week, e.g. 0 while the owner is away.</summary>
public sealed record WeekPlanOverride(decimal Value, string? Note);

/// <summary>
/// The plans of one metric: per month for an entered metric (plus one-week overrides),
/// per ISO year for a ratio's target. See docs/scorecard.md, "Plans".
/// </summary>
public sealed class MetricPlan
{
    public static MetricPlan Empty { get; } = new(
        new Dictionary<YearMonth, decimal>(), new Dictionary<IsoWeek, WeekPlanOverride>(), new Dictionary<int, decimal>());

    /// <summary>Each month's plan over its weeks, rounded, worked out once: a report asks for it about 140 times per metric.</summary>
    private readonly Dictionary<YearMonth, decimal> _weeklyShares;

    public MetricPlan(
        IReadOnlyDictionary<YearMonth, decimal> monthly,
        IReadOnlyDictionary<IsoWeek, WeekPlanOverride> weekOverrides,
        IReadOnlyDictionary<int, decimal> ratioTargets)
    {
        Monthly = monthly;
        WeekOverrides = weekOverrides;
        RatioTargets = ratioTargets;
        _weeklyShares = monthly.ToDictionary(
            pair => pair.Key, pair => DecimalPrecision.RoundSignificant(pair.Value / pair.Key.WeekCount, DecimalPrecision.WeeklyPlanDigits));
    }

    public IReadOnlyDictionary<YearMonth, decimal> Monthly { get; }

    public IReadOnlyDictionary<IsoWeek, WeekPlanOverride> WeekOverrides { get; }

    public IReadOnlyDictionary<int, decimal> RatioTargets { get; }

    /// <summary>
    /// The week's plan: its override, else its month's plan over the month's weeks, else null
    /// (rounded to <see cref="DecimalPrecision.WeeklyPlanDigits"/> significant digits).
    /// </summary>
    public decimal? WeeklyPlan(IsoWeek week)
    {
        if (WeekOverrides.TryGetValue(week, out var weekOverride))
        {
            return weekOverride.Value;
        }

        return _weeklyShares.TryGetValue(week.Month, out var share) ? share : null;
    }

    /// <summary>
    /// Sum of weekly plans: null when no week has a plan, weeks without one counting 0
    /// (rounded to <see cref="DecimalPrecision.SumDigits"/> significant digits).
    /// </summary>
    public decimal? SumOfWeeklyPlans(IEnumerable<IsoWeek> weeks)
    {
        decimal? sum = null;
        foreach (var week in weeks)
        {
            if (WeeklyPlan(week) is { } plan)
            {
                sum = (sum ?? 0m) + plan;
            }
        }

        return sum is { } total ? DecimalPrecision.RoundSignificant(total, DecimalPrecision.SumDigits) : null;
    }

    /// <summary>A ratio metric's target for an ISO year, or null.</summary>
    public decimal? RatioTarget(int isoYear) => RatioTargets.TryGetValue(isoYear, out var target) ? target : null;
}
