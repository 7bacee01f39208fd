using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Draws the digest chart as a PNG of <see cref="Width"/> x <see cref="Height"/> (portrait, 4:5, as a phone shows a
/// photo across its screen): a title line, the attainment bars across the top, and one cumulative panel per headline
/// metric side by side below. It is laid out on a canvas of <see cref="LayoutWidth"/> points, about a phone's width, and
/// drawn at <see cref="PixelsPerPoint"/> pixels a point, so that its labels read at the size of the phone's own text.
/// The same data and culture give the same bytes.
/// </summary>
public sealed class DigestChartRenderer
{
    public const int LayoutWidth = 540;
    public const int LayoutHeight = 675;
    public const int PixelsPerPoint = 2;
    public const int Width = LayoutWidth * PixelsPerPoint;
    public const int Height = LayoutHeight * PixelsPerPoint;

    /// <summary>The title strip's height in pixels (its layout height times the pixels a point).</summary>
    public const int TitleBottom = TitleHeight * PixelsPerPoint;

    private const int TitleHeight = 40;
    private const float TitleSize = 21;
    private const float TitleMargin = 10;

    public DigestChartRenderer()
    {
        ChartFonts.EnsureRegistered();
    }

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An injected service: its constructor registers the font.")]
    public byte[] Render(DigestChartData data, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(culture);
        var labels = ChartLabels.For(culture);
        lock (ChartFonts.RenderLock)
        {
            var panels = CreatePanels(data, labels, culture);
            try
            {
                var layout = new DigestChartLayout(TitleHeight);
                var multiplot = new Multiplot(panels[0]) { Layout = layout };
                foreach (var panel in panels.Skip(1))
                {
                    multiplot.AddPlot(panel);
                }

                using var surface = ChartCanvas.Create(Width, Height, PixelsPerPoint);
                multiplot.Render(surface.Canvas, new PixelRect(0, LayoutWidth, LayoutHeight, 0));
                DrawTitle(surface.Canvas, DigestChartTitle.For(data, labels, culture));
                if (data.Headlines.Count > 0)
                {
                    var caption = char.ToUpper(labels.Cumulative[0], culture) + labels.Cumulative[1..] + ":";
                    var split = layout.Split(new PixelRect(0, LayoutWidth, LayoutHeight, 0));
                    LineLegend.Draw(surface.Canvas, caption, labels, 0, LayoutWidth, split, DigestChartLayout.LegendHeight);
                }

                return ChartCanvas.EncodePng(surface);
            }
            finally
            {
                foreach (var panel in panels)
                {
                    panel.Dispose();
                }
            }
        }
    }

    /// <summary>
    /// The attainment panel, then one panel per headline metric (or one "no data" panel), which share one legend.
    /// </summary>
    private static List<Plot> CreatePanels(DigestChartData data, ChartLabels labels, CultureInfo culture)
    {
        var attainmentTitle = data.Period == DigestChartPeriod.Month ? labels.MonthAttainment : labels.WeekAttainment;
        var panels = new List<Plot> { AttainmentPanel.Create(data.Attainment, attainmentTitle, labels, culture) };
        if (data.Headlines.Count == 0)
        {
            var empty = ChartStyle.NewPlot(labels.Headlines);
            ChartStyle.ShowNote(empty, labels.NoData);
            panels.Add(empty);
        }

        panels.AddRange(data.Headlines.Select(series => CumulativePanel.Create(series, labels, culture)));
        return panels;
    }

    /// <summary>The title centred in its strip, in bold; a long one is set smaller so that it fits the width.</summary>
    private static void DrawTitle(SKCanvas canvas, string title) =>
        ChartCanvas.DrawTitle(canvas, title, LayoutWidth, TitleHeight, TitleSize, TitleMargin);
}
