using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Rendering;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// The ScottPlot chart of the digest: data through the scorecard engine (<see cref="ChartDataFromInput"/>, from the
/// digest's own input when given), its bars only for the metrics the digest's text is about (<see cref="DigestFocus"/>),
/// its title with the period's dates, drawn by <see cref="DigestChartRenderer"/> as a phone-sized PNG.
/// </summary>
public sealed class DigestChart : IDigestChart
{
    private readonly ScorecardService _scorecards;
    private readonly ChartDataFromInput _data;
    private readonly DigestChartRenderer _renderer;
    private readonly DigestFocus _focus;

    public DigestChart(ScorecardService scorecards, ChartDataFromInput data, DigestChartRenderer renderer, DigestFocus focus)
    {
        _scorecards = scorecards;
        _data = data;
        _renderer = renderer;
        _focus = focus;
    }

    public byte[]? Render(DigestKind kind, IsoWeek week, CultureInfo culture, ScorecardInput? input = null)
    {
        var period = kind == DigestKind.Weekly ? DigestChartPeriod.Week : DigestChartPeriod.Month;
        var loaded = input ?? _scorecards.LoadInput(week);
        var data = _data.Build(week, period, loaded, culture.TwoLetterISOLanguageName);
        var periodName = kind == DigestKind.Weekly ? PeriodNames.Week(week, culture) : PeriodNames.Month(week.Month, culture);
        var shown = _focus.Shown(kind, week, loaded);
        data = data with { Attainment = [.. data.Attainment.Where(bar => shown.Contains(bar.MetricKey, StringComparer.Ordinal))] };

        return _renderer.Render(data with { PeriodName = periodName }, culture);
    }
}
