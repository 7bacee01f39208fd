using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Where the digest chart's panels go: below a title strip, the first subplot (attainment) spans the width down to
/// <see cref="AttainmentShare"/> of the rest; below it a strip for the shared legend of the headline lines; the other
/// subplots (headline metrics) share the bottom row equally.
/// </summary>
internal sealed class DigestChartLayout : IMultiplotLayout
{
    public const float AttainmentShare = 0.5f;

    public const float LegendHeight = 30;

    private readonly float _titleHeight;

    public DigestChartLayout(float titleHeight)
    {
        _titleHeight = titleHeight;
    }

    /// <summary>Where the attainment panel ends and the legend strip starts.</summary>
    public float Split(PixelRect figureRect)
    {
        var top = figureRect.Top + _titleHeight;
        return top + ((figureRect.Bottom - top) * AttainmentShare);
    }

    public PixelRect[] GetSubplotRectangles(SubplotCollection subplots, PixelRect figureRect)
    {
        var count = subplots.Count;
        var rectangles = new PixelRect[count];
        if (count == 0)
        {
            return rectangles;
        }

        var top = figureRect.Top + _titleHeight;
        var split = Split(figureRect);
        rectangles[0] = new PixelRect(figureRect.Left, figureRect.Right, count > 1 ? split : figureRect.Bottom, top);
        var width = figureRect.Width / Math.Max(1, count - 1);
        for (var index = 1; index < count; index++)
        {
            var left = figureRect.Left + ((index - 1) * width);
            rectangles[index] = new PixelRect(left, left + width, figureRect.Bottom, split + LegendHeight);
        }

        return rectangles;
    }
}
