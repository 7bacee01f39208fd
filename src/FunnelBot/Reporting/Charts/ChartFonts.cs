using System.Reflection;
using ScottPlot;

namespace FunnelBot.Reporting.Charts;

/// <summary>
/// The one font every chart uses: DejaVu Sans (regular and bold, with Cyrillic), shipped in this assembly and
/// registered with ScottPlot once per process under <see cref="Family"/>, which becomes ScottPlot's default.
/// Charts therefore look the same on any machine, with or without system fonts.
/// </summary>
public static class ChartFonts
{
    public const string Family = "FunnelBot DejaVu Sans";

    private const string ResourcePrefix = "FunnelBot.Reporting.Fonts.";

    private static readonly Lazy<EmbeddedFontResolver> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Serialises chart rendering: ScottPlot keeps fonts in process-wide caches that are not safe for concurrent
    /// writers, and a chart is drawn rarely enough that one at a time costs nothing.
    /// </summary>
    internal static Lock RenderLock { get; } = new();

    /// <summary>Registers the font (the first call does it; later calls return at once). Call before creating any plot.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>The registered resolver (registering it first if needed), for checks of what it gives.</summary>
    internal static IFontResolver Resolver => Registration.Value;

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Family, ReadResource("DejaVuSans.ttf"), ReadResource("DejaVuSans-Bold.ttf"));
        lock (RenderLock)
        {
            Fonts.FontResolvers.Insert(0, resolver);
            Fonts.Default = Family;
            Fonts.Sans = Family;
        }

        return resolver;
    }

    private static byte[] ReadResource(string fileName)
    {
        var name = ResourcePrefix + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The chart font '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
