using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Signals;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// One period's figures of a metric. For the week period, <see cref="PlanFull"/> equals the week's plan and
/// <see cref="Forecast"/> is null; for ratio metrics both are null. <see cref="WeeksWithValues"/> counts the weeks
/// of the period (to date) that have a stored value, so that a period without any reads as missing, not as 0
/// (docs/scorecard.md, "Missing, pace and forecast as shown").
/// </summary>
public sealed record PeriodFigures(
    decimal? Actual,
    decimal? Plan,
    decimal? PlanFull,
    decimal? Attainment,
    Zone Zone,
    decimal? LastYear,
    decimal? Forecast)
{
    /// <summary>Weeks of the period (to date) with a stored value; for a ratio, weeks with both of its values.</summary>
    public int WeeksWithValues { get; init; }

    /// <summary>Weeks of the period after the report's week (0 for the week itself).</summary>
    public int WeeksLeft { get; init; }

    /// <summary>
    /// The run rate that reaches the full period's plan (for a lower-is-better metric, the most per week that keeps it
    /// on plan): (planFull - actual) / weeks left, never below 0; null for the week, for ratios, when no week is left
    /// or there is no plan.
    /// </summary>
    public decimal? NeededPerWeek { get; init; }

    /// <summary>True when at least one week of the period has a value.</summary>
    public bool HasValues => WeeksWithValues > 0;

    /// <summary>The zone people see: none for a period without values, which is missing rather than a red 0.</summary>
    public Zone ShownZone => HasValues ? Zone : Zone.None;

    /// <summary>Change against last year as a fraction (0.1 = +10%), or null.</summary>
    public decimal? ChangeAgainstLastYear =>
        Actual is { } actual && LastYear is { } lastYear && lastYear != 0m ? (actual - lastYear) / lastYear : null;
}

/// <summary>
/// A metric's figures for the report's week and the month, quarter and year to date, and whether the week's value is
/// routine or exceptional against the weeks before it (<see cref="Signal"/>).
/// </summary>
public sealed record MetricScore(
    MetricDefinition Metric,
    bool Submitted,
    PeriodFigures Week,
    PeriodFigures Month,
    PeriodFigures Quarter,
    PeriodFigures Year)
{
    /// <summary>The week's value against the natural process limits of the 12 weeks before (docs/scorecard.md, "Signal or noise").</summary>
    public required WeekSignal Signal { get; init; }
}

/// <summary>
/// The scorecard for one ISO week: every metric whose figures could be computed, in configuration order, and those
/// whose figures could not (<see cref="Unavailable"/>, also in configuration order), which the reports show as error lines.
/// </summary>
public sealed record ScorecardReport(IsoWeek Week, IReadOnlyList<MetricScore> Metrics)
{
    public IReadOnlyList<MetricDefinition> Unavailable { get; init; } = [];
}
