using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting.Charts;

/// <summary>Which period the attainment bars show: the report's week, or its month to date (monthly results).</summary>
public enum DigestChartPeriod
{
    Week,
    Month,
}

/// <summary>
/// Everything the digest chart draws, already computed by the scorecard engine: attainment per metric for the
/// period, and the year-to-date cumulative series of the headline metrics for ISO weeks 1..<see cref="ReportWeek"/>.
/// </summary>
public sealed record DigestChartData(
    string TeamName,
    DigestChartPeriod Period,
    IsoWeek ReportWeek,
    IReadOnlyList<AttainmentBar> Attainment,
    IReadOnlyList<CumulativeSeries> Headlines)
{
    /// <summary>
    /// The period as people say it, "23–29 ноября" or "ноябрь 2026", written by the bot's date helpers; without it the
    /// title gives the week's numeric dates or the month's name.
    /// </summary>
    public string? PeriodName { get; init; }

    /// <summary>The month the chart is about in <see cref="DigestChartPeriod.Month"/> mode: the one holding the report week.</summary>
    public YearMonth Month => ReportWeek.Month;
}

/// <summary>
/// One metric's attainment for the period (null when undefined, e.g. plan 0) and its zone; a metric without any value
/// in the period (<paramref name="HasValue"/> false) has neither and is labelled "no data", not drawn as 0%.
/// </summary>
public sealed record AttainmentBar(string MetricKey, string Name, decimal? Attainment, Zone Zone, bool HasValue = true);

/// <summary>A headline metric's year to date, week by week; its unit says how the values are written.</summary>
public sealed record CumulativeSeries(string MetricKey, string Name, MetricUnit Unit, bool IsRatio, IReadOnlyList<CumulativePoint> Points);

/// <summary>
/// The year-to-date figures as of ISO week <see cref="Week"/>: actual, plan to date (null while no week had a plan)
/// and last year over the same week numbers (null when nothing was stored for them).
/// </summary>
public sealed record CumulativePoint(int Week, decimal? Actual, decimal? Plan, decimal? LastYear);
