using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting.Charts;

namespace FunnelBot.Reporting.Digest;

/// <summary>
/// The ScottPlot chart of the digest: <see cref="DigestChartDataBuilder"/> computes its data through the scorecard
/// engine and <see cref="DigestChartRenderer"/> draws a 1200x700 PNG. With a metric, only that metric is drawn.
/// </summary>
public sealed class DigestChart : IDigestChart
{
    private readonly DigestChartDataBuilder _data;
    private readonly DigestChartRenderer _renderer;
    private readonly MetricChartData _metricData;

    public DigestChart(DigestChartDataBuilder data, DigestChartRenderer renderer, MetricChartData metricData)
    {
        _data = data;
        _renderer = renderer;
        _metricData = metricData;
    }

    public byte[]? Render(DigestKind kind, IsoWeek week, CultureInfo culture, string? metricKey = null)
    {
        var period = kind == DigestKind.Weekly ? DigestChartPeriod.Week : DigestChartPeriod.Month;
        var data = metricKey is null
            ? _data.Build(week, period, culture.TwoLetterISOLanguageName)
            : _metricData.Build(week, period, metricKey, culture.TwoLetterISOLanguageName);
        return _renderer.Render(data, culture);
    }
}
