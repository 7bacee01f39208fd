namespace FunnelBot.Domain.Scorecard;

/// <summary>What a plan from last year does with a month whose base month is not complete (<see cref="BaseMonth"/>).</summary>
public enum IncompleteMonths
{
    /// <summary>The month gets no new plan; a plan it already has stays (the default).</summary>
    LeaveOut,

    /// <summary>The month is planned from the same month two years back, when that one is complete; otherwise it is left out.</summary>
    TwoYearsBack,
}
