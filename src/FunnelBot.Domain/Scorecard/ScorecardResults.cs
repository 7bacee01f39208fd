using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// One period's figures of a metric. For the week period, <see cref="PlanFull"/> equals the week's plan and
/// <see cref="Forecast"/> is null; for ratio metrics both are null.
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
    /// <summary>Change against last year as a fraction (0.1 = +10%), or null.</summary>
    public decimal? ChangeAgainstLastYear =>
        Actual is { } actual && LastYear is { } lastYear && lastYear != 0m ? (actual - lastYear) / lastYear : null;
}

/// <summary>A metric's figures for the report's week and the month, quarter and year to date.</summary>
public sealed record MetricScore(
    MetricDefinition Metric,
    bool Submitted,
    PeriodFigures Week,
    PeriodFigures Month,
    PeriodFigures Quarter,
    PeriodFigures Year);

/// <summary>
/// The scorecard for one ISO week: every metric whose figures could be computed, in configuration order, and those
/// whose figures could not (<see cref="Unavailable"/>, also in configuration order), which the reports show as error lines.
/// </summary>
public sealed record ScorecardReport(IsoWeek Week, IReadOnlyList<MetricScore> Metrics)
{
    public IReadOnlyList<MetricDefinition> Unavailable { get; init; } = [];
}
