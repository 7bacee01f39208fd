using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Builds the digest chart's data from the stores through the scorecard engine, so that every figure on the chart
/// is the one the scorecard reports: the cumulative point of week w is the year to date of the report for week w.
/// </summary>
public sealed class DigestChartDataBuilder
{
    private readonly TeamConfiguration _configuration;
    private readonly ScorecardService _scorecards;
    private readonly ChartDataFromInput _fromInput;

    public DigestChartDataBuilder(TeamConfiguration configuration, ScorecardService scorecards)
    {
        _configuration = configuration;
        _scorecards = scorecards;
        _fromInput = new ChartDataFromInput(configuration);
    }

    /// <summary>
    /// The chart for <paramref name="reportWeek"/>: its week's attainment, or in <see cref="DigestChartPeriod.Month"/> mode
    /// the month to date as of that week. Names are in <paramref name="language"/> (<c>ru</c>/<c>en</c>), by default the team's.
    /// </summary>
    public DigestChartData Build(IsoWeek reportWeek, DigestChartPeriod period, string? language = null) =>
        _fromInput.Build(reportWeek, period, _scorecards.LoadInput(reportWeek), language ?? _configuration.Team.Locale);

    /// <summary>The monthly results chart of a month: its month to date as of its last week.</summary>
    public DigestChartData BuildForMonth(YearMonth month, string? language = null) =>
        Build(month.Weeks[^1], DigestChartPeriod.Month, language);
}
