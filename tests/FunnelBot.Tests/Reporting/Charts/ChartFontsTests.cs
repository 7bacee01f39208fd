using FunnelBot.Reporting.Charts;
using ScottPlot;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>The shipped font: registered once under its alias as ScottPlot's default, with Cyrillic, in regular and bold.</summary>
public sealed class ChartFontsTests
{
    private const string Alphabets = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяABCXYZabcxyz0123456789%«»—–…";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resolver_Alias_GivesDejaVuSansWithCyrillic(bool bold)
    {
        ChartFonts.EnsureRegistered();

        using var typeface = ChartFonts.Resolver.CreateTypeface(ChartFonts.Family, bold, italic: false);

        Assert.NotNull(typeface);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.Equal(bold, typeface.IsBold);
        Assert.True(typeface.ContainsGlyphs(Alphabets), "the shipped font lacks some of: " + Alphabets);
    }

    [Fact]
    public void Resolver_OtherFontName_LeavesItToOthers()
    {
        Assert.Null(ChartFonts.Resolver.CreateTypeface("DejaVu Sans", bold: false, italic: false));
    }

    [Fact]
    public void EnsureRegistered_CalledAgain_RegistersOnceAsTheDefault()
    {
        ChartFonts.EnsureRegistered();
        ChartFonts.EnsureRegistered();

        Assert.Equal(ChartFonts.Family, Fonts.Default);
        Assert.Single(Fonts.FontResolvers, resolver => ReferenceEquals(resolver, ChartFonts.Resolver));
    }
}
