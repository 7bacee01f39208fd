using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class NumberFormattingTests
{
    private const string Nbsp = "\u00A0";

    public static TheoryData<decimal, MetricUnit, string, string> Rows => new()
    {
        // .NET's ru-RU groups with U+00A0 and writes "n %" with U+00A0; en writes "n%".
        { 1234m, MetricUnit.Count, "ru-RU", "1" + Nbsp + "234" },
        { 1234m, MetricUnit.Count, "en-US", "1,234" },
        { 0m, MetricUnit.Count, "ru-RU", "0" },
        { 1234567m, MetricUnit.Count, "ru-RU", "1" + Nbsp + "234" + Nbsp + "567" },
        { 1234.5m, MetricUnit.Money, "ru-RU", "1" + Nbsp + "234,5" },
        { 1234.5m, MetricUnit.Money, "en-US", "1,234.5" },
        { 1234.56m, MetricUnit.Money, "ru-RU", "1" + Nbsp + "234,56" },
        { 1234.50m, MetricUnit.Money, "en-US", "1,234.5" },
        { 1234m, MetricUnit.Money, "en-US", "1,234" },
        { 0.5m, MetricUnit.Money, "ru-RU", "0,5" },
        { 12.5m, MetricUnit.Percent, "ru-RU", "12,5" + Nbsp + "%" },
        { 12.5m, MetricUnit.Percent, "en-US", "12.5%" },
        { 100m, MetricUnit.Percent, "en-US", "100%" },
        { 33.33m, MetricUnit.Percent, "en-US", "33.33%" },
        { 0m, MetricUnit.Percent, "ru-RU", "0" + Nbsp + "%" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Format_ValueAndUnit_WritesInLocale(decimal value, MetricUnit unit, string culture, string expected)
    {
        Assert.Equal(expected, NumberFormatting.Format(value, unit, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("1 234,5", "ru-RU")]
    [InlineData("1,234.5", "en-US")]
    public void Format_Money_ParsesBackToTheSameValue(string typed, string culture)
    {
        var locale = CultureInfo.GetCultureInfo(culture);
        var value = NumberParser.Parse(typed, locale).Value;

        Assert.Equal(1234.5m, NumberParser.Parse(NumberFormatting.Format(value, MetricUnit.Money, locale), locale).Value);
    }

    public static TheoryData<decimal?, string, string> AttainmentRows => new()
    {
        { 1.2m, "en-US", "120%" },
        { 1.2m, "ru-RU", "120" + Nbsp + "%" },
        { 1m, "en-US", "100%" },
        { 0.999m, "en-US", "99%" }, // rounded down: yellow never shows as 100%
        { 0.9m, "en-US", "90%" },
        { 0.8333333333333333333333333333m, "en-US", "83%" },
        { 0m, "en-US", "0%" },
        { 12.345m, "en-US", "1,234%" },
        { null, "en-US", "—" },
        { null, "ru-RU", "—" },
    };

    [Theory]
    [MemberData(nameof(AttainmentRows))]
    public void FormatAttainment_Attainment_WritesWholePercent(decimal? attainment, string culture, string expected)
    {
        Assert.Equal(expected, NumberFormatting.FormatAttainment(attainment, CultureInfo.GetCultureInfo(culture)));
    }

    public static TheoryData<decimal?, string, string> ChangeRows => new()
    {
        { 0.12m, "ru-RU", "+12\u00A0%" },
        { -0.03m, "ru-RU", "\u22123\u00A0%" },
        { -0.024m, "en-US", "\u22123%" }, // rounded down, like an attainment: never better than it is
        { 0m, "en-US", "+0%" },
        { null, "ru-RU", "—" },
    };

    [Theory]
    [MemberData(nameof(ChangeRows))]
    public void FormatChange_Change_SignedWholePercentWithATypographicMinus(decimal? change, string culture, string expected)
    {
        var text = NumberFormatting.FormatChange(change, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text);
        Assert.DoesNotContain("-", text, StringComparison.Ordinal);
    }

    public static TheoryData<decimal?, string, string> ShareRows => new()
    {
        { 2m / 3m, "ru-RU", "67\u00A0%" }, // a share is rounded to the nearest: 2 of 3 is 67 %, not 66 %
        { 1m / 3m, "en-US", "33%" },
        { 0.005m, "en-US", "1%" },
        { 1m, "ru-RU", "100\u00A0%" },
        { null, "en-US", "—" },
    };

    [Theory]
    [MemberData(nameof(ShareRows))]
    public void FormatShare_Share_WholePercentRoundedToTheNearest(decimal? share, string culture, string expected)
    {
        Assert.Equal(expected, NumberFormatting.FormatShare(share, CultureInfo.GetCultureInfo(culture)));
    }
}
