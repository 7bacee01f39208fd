using ScottPlot;
using SkiaSharp;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// Gives ScottPlot the shipped font under one family name: the regular face, or the bold face for weights from
/// semi-bold up. Other names are left to the next resolver. Each call makes a new typeface, because ScottPlot
/// disposes the ones it only probes.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private readonly string _family;
    private readonly byte[] _regular;
    private readonly byte[] _bold;

    public EmbeddedFontResolver(string family, byte[] regular, byte[] bold)
    {
        _family = family;
        _regular = regular;
        _bold = bold;
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, italic: false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
    {
        if (!string.Equals(fontName, _family, StringComparison.Ordinal))
        {
            return null;
        }

        using var data = SKData.CreateCopy(bold ? _bold : _regular);
        return SKTypeface.FromData(data);
    }
}
