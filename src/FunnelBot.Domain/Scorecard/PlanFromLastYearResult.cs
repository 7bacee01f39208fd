using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// One month of a plan made from last year: the same month a year earlier and two years earlier, the base month the
/// plan was made from (null: none, the month gets no new plan) and the new plan (null also when it would exceed the bound).
/// </summary>
public sealed record MonthFromLastYear(YearMonth Month, BaseMonth LastYear, BaseMonth TwoYearsBack, BaseMonth? Base, decimal? Plan)
{
    /// <summary>Whether last year's month cannot be used as it is: not over, or weeks without data.</summary>
    public bool IsIncomplete => !LastYear.IsComplete;

    /// <summary>Whether the plan was made from the month two years back.</summary>
    public bool IsFromTwoYearsBack => Plan is not null && Base?.Month.Year == Month.Year - 2;

    /// <summary>Whether taking the month two years back would give it a plan it does not have from last year.</summary>
    public bool CanTakeTwoYearsBack => IsIncomplete && TwoYearsBack.IsComplete;
}

/// <summary>An entered metric's month plans for a year, made from the last complete months before it.</summary>
public sealed record PlanFromLastYearResult(int Year, decimal GrowthPercent, IncompleteMonths Choice, IReadOnlyList<MonthFromLastYear> Months)
{
    /// <summary>The actuals the new plans were made from, over the months that get one; null when none does.</summary>
    public decimal? BaseTotal => SumOf(Months.Where(month => month.Plan is not null).Select(month => month.Base?.Actual));

    /// <summary>The new year's plan over the months that get one; null when none does.</summary>
    public decimal? PlanTotal => SumOf(Months.Select(month => month.Plan));

    /// <summary>The months whose base last year is not complete (not over, or weeks without data).</summary>
    public IReadOnlyList<MonthFromLastYear> Incomplete => [.. Months.Where(month => month.IsIncomplete)];

    /// <summary>The months that get no new plan.</summary>
    public IReadOnlyList<YearMonth> MonthsWithoutPlan => [.. Months.Where(month => month.Plan is null).Select(month => month.Month)];

    private static decimal? SumOf(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)null, (sum, value) => value is { } v ? (sum ?? 0m) + v : sum);
}
