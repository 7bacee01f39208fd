using System.Globalization;
using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Horizontal bars of attainment % per metric (first metric on top), coloured by zone, with a dashed 100% line.
/// A bar above <see cref="ClipPercent"/> stops there; its label still says the real figure.
/// </summary>
internal static class AttainmentPanel
{
    public const double ClipPercent = 200;

    private const int LongestName = 22;

    /// <summary>A few bars get the height of this many, centred, so that they do not turn into slabs.</summary>
    private const int FewestSlots = 5;

    public static Plot Create(IReadOnlyList<AttainmentBar> bars, string title, ChartLabels labels, CultureInfo culture)
    {
        var plot = ChartStyle.NewPlot(title);
        if (bars.Count == 0)
        {
            ChartStyle.ShowNote(plot, labels.NoData);
            return plot;
        }

        var hundred = plot.Add.VerticalLine(100, 1.5f, ChartPalette.Ink, LinePattern.Dashed);
        hundred.LabelText = string.Empty;

        var barPlot = plot.Add.Bars(bars.Select((bar, index) => ToBar(bar, bars.Count - 1 - index, labels, culture)).ToList());
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = ChartStyle.ValueLabelSize;
        barPlot.ValueLabelStyle.ForeColor = ChartPalette.Ink;
        barPlot.ValueLabelStyle.BackgroundColor = ChartPalette.Background;

        var positions = Enumerable.Range(0, bars.Count).Select(index => (double)(bars.Count - 1 - index)).ToArray();
        plot.Axes.Left.SetTicks(positions, [.. bars.Select(bar => Shorten(bar.Name))]);
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartPalette.Ink;
        plot.Axes.Left.MajorTickStyle.Length = 0;

        var right = RightLimit(bars);
        var step = right > 150 ? 50 : 25;
        var ticks = Enumerable.Range(0, (int)(right / step) + 1).Select(i => (double)(i * step)).Where(tick => tick <= ClipPercent).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(tick => ChartNumbers.Percent(tick, culture))]);
        var padding = Math.Max(0, FewestSlots - bars.Count) / 2.0;
        plot.Axes.SetLimits(0, right, -0.6 - padding, bars.Count - 0.4 + padding);
        plot.Grid.YAxisStyle.IsVisible = false;
        return plot;
    }

    private static Bar ToBar(AttainmentBar bar, double position, ChartLabels labels, CultureInfo culture)
    {
        var percent = bar.Attainment is { } attainment ? (double)(attainment * 100m) : 0;
        return new Bar
        {
            Position = position,
            Value = Math.Clamp(percent, 0, ClipPercent),
            Size = 0.72,
            FillColor = ChartPalette.ZoneColor(bar.Zone),
            LineWidth = 0,
            Label = ValueLabel(bar, labels, culture),
        };
    }

    /// <summary>
    /// The figure beside a bar: <c>120%</c>, <c>315% »</c> when the bar is clipped, <c>no data</c> for a metric without a
    /// value, and the text's dash when attainment is undefined (a plan of 0).
    /// </summary>
    internal static string ValueLabel(AttainmentBar bar, ChartLabels labels, CultureInfo culture) =>
        !bar.HasValue ? labels.Missing
        : bar.Attainment is not { } attainment ? MetricValueText.Dash
        : MetricValueText.Attainment(attainment, culture) + (attainment * 100m > (decimal)ClipPercent ? " »" : string.Empty);

    /// <summary>Room for the largest bar and its label: at least 100%, at most the clip, plus a margin.</summary>
    private static double RightLimit(IReadOnlyList<AttainmentBar> bars)
    {
        var largest = bars.Max(bar => bar.Attainment is { } attainment ? (double)(attainment * 100m) : 0);
        return Math.Min(Math.Max(largest, 100), ClipPercent) * 1.3;
    }

    private static string Shorten(string name) => name.Length <= LongestName ? name : name[..(LongestName - 1)] + "…";
}
