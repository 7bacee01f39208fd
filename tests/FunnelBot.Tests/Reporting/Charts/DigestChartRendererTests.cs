using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using SkiaSharp;
using static FunnelBot.Tests.Reporting.Charts.ChartSamples;

namespace FunnelBot.Tests.Reporting.Charts;

public sealed class DigestChartRendererTests
{
    private const int TitleBottom = DigestChartRenderer.TitleBottom;
    private const int AttainmentBottom = 700;
    private const int BarColumn = 600;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly DigestChartRenderer _renderer = new();

    public static TheoryData<string, DigestChartData, string> Shapes => new()
    {
        { "full, Russian", Full(), "ru-RU" },
        { "full, English", Full(), "en-US" },
        { "monthly", Full(period: DigestChartPeriod.Month), "ru-RU" },
        { "no metrics, no headlines", Full() with { Attainment = [], Headlines = [] }, "ru-RU" },
        { "bars only", Full() with { Headlines = [] }, "en-US" },
        { "headlines only", Full() with { Attainment = [] }, "en-US" },
        { "week 1, one point each", Full() with { ReportWeek = new(2026, 1), Headlines = [Series("leads", "Leads", 10, 12, 9) with { Points = [new(1, 10, null, null)] }] }, "en-US" },
        { "long team name", Full(teamName: new string('Ш', 120)), "ru-RU" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Render_AnyShapeOfData_DecodesAsPhonePortrait1080x1350(string shape, DigestChartData data, string culture)
    {
        var png = _renderer.Render(data, CultureInfo.GetCultureInfo(culture));

        using var image = PngImage.Decode(png);
        Assert.Equal((shape, 1080, 1350), (shape, image.Width, image.Height));
    }

    [Fact]
    public void Render_SameDataTwice_SameBytes()
    {
        var first = _renderer.Render(Full(), Russian);
        var second = new DigestChartRenderer().Render(Full(), Russian);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Render_FromSeveralThreadsAtOnce_SameBytesAsAlone()
    {
        var alone = _renderer.Render(Full(), Russian);

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new DigestChartRenderer().Render(Full(), Russian))));

        Assert.All(together, png => Assert.Equal(alone, png));
    }

    [Fact]
    public void Render_DifferentCulture_DifferentBytes()
    {
        Assert.NotEqual(_renderer.Render(Full(), Russian), _renderer.Render(Full(), English));
    }

    [Fact]
    public void Render_CyrillicTeamName_DrawsItsGlyphsInTheTitle()
    {
        var none = TitleInk(string.Empty);
        var latin = TitleInk("ZZZZZZ") - none;
        var cyrillic = TitleInk("ЖЖЖЖЖЖ") - none;

        Assert.True(latin > 200, $"Latin title letters: {latin} dark pixels");
        Assert.True(cyrillic > latin * 0.8, $"Cyrillic title letters: {cyrillic} dark pixels against {latin} for Latin");
    }

    public static TheoryData<Zone, Zone> ZonePairs => new()
    {
        { Zone.Green, Zone.Red },
        { Zone.Red, Zone.Green },
        { Zone.Yellow, Zone.Green },
        { Zone.Red, Zone.Yellow },
        { Zone.None, Zone.Red },
    };

    [Theory]
    [MemberData(nameof(ZonePairs))]
    public void Render_TwoBars_EachFilledWithItsZoneColour(Zone top, Zone bottom)
    {
        var data = WithBars(Bar("Top", 1.2m, top), Bar("Bottom", 1.2m, bottom));

        using var image = PngImage.Decode(_renderer.Render(data, English));

        Assert.Equal([top, bottom], image.RunsDown(BarColumn, TitleBottom, AttainmentBottom, ZoneLookOf));
    }

    [Fact]
    public void Render_AttainmentAbove200_BarStopsAt200()
    {
        var data = WithBars(Bar("Far above", 3.15m, Zone.Green), Bar("Exactly 200", 2m, Zone.Red), Bar("Below", 1.5m, Zone.Yellow));

        using var image = PngImage.Decode(_renderer.Render(data, English));
        var farAbove = BarEnd(image, Zone.Green);
        var at200 = BarEnd(image, Zone.Red);
        var below = BarEnd(image, Zone.Yellow);

        Assert.InRange(farAbove, at200 - 1, at200 + 1);
        Assert.True(below < at200 - 100, $"150% ends at x = {below}, 200% at x = {at200}");
    }

    [Fact]
    public void Render_NoData_WritesTheNoteInBothPanels()
    {
        var empty = Full() with { Attainment = [], Headlines = [] };

        using var image = PngImage.Decode(_renderer.Render(empty, Russian));

        Assert.True(image.DarkPixels(390, TitleBottom, 690, AttainmentBottom) > 100, "no note in the attainment panel");
        Assert.True(image.DarkPixels(390, AttainmentBottom + 80, 690, DigestChartRenderer.Height) > 100, "no note in the headline panel");
    }

    /// <summary>Which zone a pixel looks like to a person: green, amber-yellow, red, or a mid grey; null for anything else.</summary>
    private static Zone? ZoneLookOf(SKColor pixel)
    {
        var (r, g, b) = (pixel.Red, pixel.Green, pixel.Blue);
        return (r, g, b) switch
        {
            _ when Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) < 16 && r is > 120 and < 220 => Zone.None,
            _ when g > 120 && r < 100 && b < 120 => Zone.Green,
            _ when r > 180 && g > 140 && b < 80 => Zone.Yellow,
            _ when r > 150 && g < 100 && b < 100 => Zone.Red,
            _ => null,
        };
    }

    private static SKColor Colour(Zone zone)
    {
        var colour = ChartPalette.ZoneColor(zone);
        return new SKColor(colour.R, colour.G, colour.B, colour.A);
    }

    private static int BarEnd(PngImage image, Zone zone)
    {
        var row = image.FirstRowOf(Colour(zone), BarColumn, TitleBottom, AttainmentBottom);
        Assert.True(row >= 0, $"no {zone} bar crosses x = {BarColumn}");
        return image.LastColumnOf(Colour(zone), row + 3);
    }

    private int TitleInk(string teamName)
    {
        using var image = PngImage.Decode(_renderer.Render(Full(teamName) with { PeriodName = "23–29 ноября" }, Russian));
        return image.DarkPixels(0, 0, DigestChartRenderer.Width, TitleBottom);
    }
}
