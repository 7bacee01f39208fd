using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>How far a month of a plan's base year can be trusted for one metric.</summary>
public enum BaseMonthState
{
    /// <summary>The month is over and every one of its weeks has a stored value.</summary>
    Complete,

    /// <summary>The month's last week has not ended yet in the team's time zone (whatever is stored so far).</summary>
    NotOver,

    /// <summary>The month is over, but some of its weeks have no stored value.</summary>
    MissingWeeks,

    /// <summary>The month is over and none of its weeks has a stored value.</summary>
    NoData,
}

/// <summary>
/// A month of a base year for one metric: its state, the sum of its stored weeks (null when none has a value) and the
/// weeks without a value. Its weeks are the ISO weeks whose Thursday is in the month; the month is over once the
/// Sunday of its last week has passed.
/// </summary>
public sealed record BaseMonth(YearMonth Month, BaseMonthState State, decimal? Actual, IReadOnlyList<IsoWeek> MissingWeeks)
{
    public bool IsComplete => State == BaseMonthState.Complete;

    /// <summary>Whether the month's last week has ended before <paramref name="today"/> (the team's day).</summary>
    public static bool IsOver(YearMonth month, DateOnly today) => month.Weeks[^1].Sunday < today;

    public static BaseMonth Of(YearMonth month, IReadOnlyDictionary<IsoWeek, decimal> values, DateOnly today)
    {
        var actual = PlanFromLastYear.MonthActual(month, values);
        var missing = month.Weeks.Where(week => !values.ContainsKey(week)).ToList();
        var state = !IsOver(month, today) ? BaseMonthState.NotOver
            : missing.Count == 0 ? BaseMonthState.Complete
            : actual is null ? BaseMonthState.NoData
            : BaseMonthState.MissingWeeks;
        return new BaseMonth(month, state, actual, missing);
    }
}
