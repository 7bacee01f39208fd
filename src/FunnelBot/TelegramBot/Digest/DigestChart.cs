using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// The ScottPlot chart of the digest: data through the scorecard engine (<see cref="ChartDataFromInput"/>, from the
/// digest's own input when given) drawn by <see cref="DigestChartRenderer"/> as a 1200x700 PNG.
/// </summary>
public sealed class DigestChart : IDigestChart
{
    private readonly ScorecardService _scorecards;
    private readonly ChartDataFromInput _data;
    private readonly DigestChartRenderer _renderer;

    public DigestChart(ScorecardService scorecards, ChartDataFromInput data, DigestChartRenderer renderer)
    {
        _scorecards = scorecards;
        _data = data;
        _renderer = renderer;
    }

    public byte[]? Render(DigestKind kind, IsoWeek week, CultureInfo culture, ScorecardInput? input = null, string? metricKey = null)
    {
        var period = kind == DigestKind.Weekly ? DigestChartPeriod.Week : DigestChartPeriod.Month;
        var data = _data.Build(week, period, input ?? _scorecards.LoadInput(week), culture.TwoLetterISOLanguageName, metricKey);
        return _renderer.Render(data, culture);
    }
}
