using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// <c>/chart leads</c>: one metric's last <see cref="Weeks"/> weeks up to the reporting week, each week's actual, plan
/// and last year's same week as <c>/status</c> shows them (the scorecard engine's week figures over each week's own
/// stored input), drawn by <see cref="MetricTrendRenderer"/>.
/// </summary>
public sealed class MetricTrendChart
{
    public const int Weeks = 13;

    private readonly ScorecardService _scorecards;
    private readonly ScorecardEngine _engine;
    private readonly MetricTrendRenderer _renderer;

    public MetricTrendChart(TeamConfiguration team, ScorecardService scorecards, MetricTrendRenderer renderer)
    {
        _scorecards = scorecards;
        _engine = new ScorecardEngine(team.Team.Zones);
        _renderer = renderer;
    }

    /// <summary>The chart's data: the weeks oldest first, a week whose figures are missing or cannot be computed as gaps.</summary>
    public MetricTrendData Data(MetricDefinition metric, IsoWeek last, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var weeks = Enumerable.Range(0, Weeks).Select(back => last.AddWeeks(back - (Weeks - 1))).ToList();
        var figures = weeks.Select(week => (Week: week, Figures: _engine.WeekFigures(metric, week, _scorecards.LoadInput(week)))).ToList();
        var points = figures
            .Select(x => new MetricTrendWeek(
                Dates.AxisLabel(x.Week.Monday, culture),
                x.Figures is { HasValues: true } shown ? shown.Actual : null,
                x.Figures?.Plan,
                x.Figures?.LastYear))
            .ToList();
        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        var title = string.Format(culture, BotTexts.Template("chart.trend_title", culture), name, Dates.Day(weeks[0].Monday, culture), Dates.Day(last.Sunday, culture));
        var latest = points[^1];
        var subtitle = string.Format(
            culture, BotTexts.Template("chart.trend_latest", culture), PeriodNames.Week(last, culture), MetricValueText.Format(latest.Actual, metric, culture),
            MetricValueText.Format(latest.Plan, metric, culture), MetricValueText.Format(latest.LastYear, metric, culture));
        return new MetricTrendData(title, subtitle, metric.Unit, metric.IsRatio, points);
    }

    public byte[] Render(MetricTrendData data, CultureInfo culture) => _renderer.Render(data, culture);
}
