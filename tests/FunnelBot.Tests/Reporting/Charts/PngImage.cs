using SkiaSharp;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>A decoded PNG for pixel checks: colours at points, dark pixels in a region, runs of colour down a column.</summary>
public sealed class PngImage : IDisposable
{
    private readonly SKBitmap _bitmap;

    private PngImage(SKBitmap bitmap)
    {
        _bitmap = bitmap;
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static PngImage Decode(byte[] png) =>
        new(SKBitmap.Decode(png) ?? throw new InvalidOperationException("The bytes are not a decodable image."));

    public SKColor At(int x, int y) => _bitmap.GetPixel(x, y);

    /// <summary>How many pixels in the rectangle are darker than mid-grey (text, lines).</summary>
    public int DarkPixels(int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var pixel = At(x, y);
                count += pixel.Red + pixel.Green + pixel.Blue < 3 * 128 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>
    /// What <paramref name="classify"/> says of the pixels going down column <paramref name="x"/> between the rows,
    /// once per run of at least <paramref name="minimumRun"/> pixels with the same answer (null answers are skipped).
    /// </summary>
    public IReadOnlyList<T> RunsDown<T>(int x, int top, int bottom, Func<SKColor, T?> classify, int minimumRun = 4)
        where T : struct
    {
        var runs = new List<T>();
        T? current = null;
        var length = 0;
        for (var y = top; y < bottom; y++)
        {
            var kind = classify(At(x, y));
            length = Nullable.Equals(kind, current) ? length + 1 : 1;
            current = kind;
            if (current is { } found && length == minimumRun)
            {
                runs.Add(found);
            }
        }

        return runs;
    }

    /// <summary>The first row, going down column <paramref name="x"/> from <paramref name="top"/>, whose pixel is exactly <paramref name="colour"/>; -1 if none.</summary>
    public int FirstRowOf(SKColor colour, int x, int top, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            if (At(x, y) == colour)
            {
                return y;
            }
        }

        return -1;
    }

    /// <summary>The rightmost column of row <paramref name="y"/> whose pixel is exactly <paramref name="colour"/>; -1 if none.</summary>
    public int LastColumnOf(SKColor colour, int y)
    {
        for (var x = Width - 1; x >= 0; x--)
        {
            if (At(x, y) == colour)
            {
                return x;
            }
        }

        return -1;
    }

    public void Dispose() => _bitmap.Dispose();
}
