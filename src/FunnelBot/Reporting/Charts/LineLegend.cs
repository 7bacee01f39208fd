using ScottPlot;
using SkiaSharp;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// One legend line for charts of actual, plan and last year: a caption, then each line's sample and name, centred in a
/// strip. Drawn once for panels that share the same three lines, so that no panel's data hides behind a legend box.
/// </summary>
internal static class LineLegend
{
    private const float SampleLength = 22;
    private const float Gap = 6;
    private const float Spacing = 16;

    /// <summary>The entries in legend order: which line, its name, colour, width in points, dashed or not.</summary>
    public static IReadOnlyList<(FigureLine Line, string Name, Color Color, float Width, bool Dashed)> Entries(ChartLabels labels) =>
    [
        (FigureLine.Actual, labels.Actual, ChartPalette.ActualLine, 3, false),
        (FigureLine.Plan, labels.Plan, ChartPalette.PlanLine, 2, true),
        (FigureLine.LastYear, labels.LastYear, ChartPalette.LastYearLine, 2, false),
    ];

    public static void Draw(SKCanvas canvas, string? caption, ChartLabels labels, float left, float right, float top, float height)
    {
        using var background = new SKPaint { Color = SKColors.White };
        canvas.DrawRect(left, top, right - left, height, background);
        using var font = new SKFont(Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false), ChartStyle.LegendSize) { Subpixel = true };
        using var ink = new SKPaint { Color = Skia(ChartPalette.Ink), IsAntialias = true };
        var entries = Entries(labels);
        var total = entries.Sum(entry => SampleLength + Gap + font.MeasureText(entry.Name)) + (Spacing * (entries.Count - 1));
        if (caption is not null)
        {
            total += font.MeasureText(caption) + Spacing;
        }

        var x = left + Math.Max(0, ((right - left) - total) / 2);
        var baseline = top + ((height + ChartStyle.LegendSize) / 2) - 2;
        var middle = top + (height / 2);
        if (caption is not null)
        {
            canvas.DrawText(caption, x, baseline, SKTextAlign.Left, font, ink);
            x += font.MeasureText(caption) + Spacing;
        }

        foreach (var (_, name, color, width, dashed) in entries)
        {
            using var line = new SKPaint { Color = Skia(color), StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
            using var dash = dashed ? SKPathEffect.CreateDash([6, 4], 0) : null;
            line.PathEffect = dash;
            canvas.DrawLine(x, middle, x + SampleLength, middle, line);
            x += SampleLength + Gap;
            canvas.DrawText(name, x, baseline, SKTextAlign.Left, font, ink);
            x += font.MeasureText(name) + Spacing;
        }
    }

    private static SKColor Skia(Color color) => new(color.R, color.G, color.B, color.A);
}

/// <summary>The three lines of a figure over time.</summary>
internal enum FigureLine
{
    Actual,
    Plan,
    LastYear,
}
