using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Draws one metric's recent weeks as a PNG of <see cref="Width"/> x <see cref="Height"/>: actual, plan and last year as
/// three lines over the weeks, a week without a figure a gap in its line. Laid out like the digest chart, in points about
/// a phone's width, so that it reads on a phone. The same data and culture give the same bytes.
/// </summary>
public sealed class MetricTrendRenderer
{
    public const int LayoutWidth = 540;
    public const int LayoutHeight = 540;
    public const int PixelsPerPoint = DigestChartRenderer.PixelsPerPoint;
    public const int Width = LayoutWidth * PixelsPerPoint;
    public const int Height = LayoutHeight * PixelsPerPoint;

    private const float TitleHeight = 36;
    private const float SubtitleHeight = 24;
    private const float TitleSize = 20;
    private const float Margin = 10;

    public MetricTrendRenderer()
    {
        ChartFonts.EnsureRegistered();
    }

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An injected service: its constructor registers the font.")]
    public byte[] Render(MetricTrendData data, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(culture);
        var labels = ChartLabels.For(culture);
        lock (ChartFonts.RenderLock)
        {
            using var plot = MetricTrendPanel.Create(data, labels, culture);
            using var surface = ChartCanvas.Create(Width, Height, PixelsPerPoint);
            var top = TitleHeight + SubtitleHeight + DigestChartLayout.LegendHeight;
            plot.Render(surface.Canvas, new PixelRect(0, LayoutWidth, LayoutHeight, top));
            ChartCanvas.DrawTitle(surface.Canvas, data.Title, LayoutWidth, TitleHeight, TitleSize, Margin);
            DrawSubtitle(surface.Canvas, data.Subtitle);
            LineLegend.Draw(surface.Canvas, null, labels, 0, LayoutWidth, TitleHeight + SubtitleHeight, DigestChartLayout.LegendHeight);
            return ChartCanvas.EncodePng(surface);
        }
    }

    private static void DrawSubtitle(SKCanvas canvas, string subtitle)
    {
        using var font = new SKFont(Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false), ChartStyle.TickLabelSize) { Subpixel = true };
        var measured = font.MeasureText(subtitle);
        if (measured > LayoutWidth - (2 * Margin))
        {
            font.Size = ChartStyle.TickLabelSize * (LayoutWidth - (2 * Margin)) / measured;
        }

        using var paint = new SKPaint { Color = SKColor.Parse(ChartPalette.MutedInk.ToHex()), IsAntialias = true };
        canvas.DrawText(subtitle, LayoutWidth / 2f, TitleHeight + ((SubtitleHeight + font.Size) / 2f) - 4, SKTextAlign.Center, font, paint);
    }
}
