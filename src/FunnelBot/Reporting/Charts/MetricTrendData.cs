namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Everything the one-metric chart draws: its title and subtitle (already written), how its values are written on the
/// axis, and its weeks, oldest first.
/// </summary>
public sealed record MetricTrendData(
    string Title,
    string Subtitle,
    Domain.Scorecard.MetricUnit Unit,
    bool IsRatio,
    IReadOnlyList<MetricTrendWeek> Weeks);

/// <summary>
/// One week of the chart: its label on the axis (<c>16 нояб.</c>), and its actual, plan and last year's figure for the
/// same week, each null when there is none (a gap in its line, never a 0).
/// </summary>
public sealed record MetricTrendWeek(string Label, decimal? Actual, decimal? Plan, decimal? LastYear);
