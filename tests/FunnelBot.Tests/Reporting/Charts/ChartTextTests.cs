using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using static FunnelBot.Tests.Reporting.Charts.ChartSamples;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>The chart's words and numbers: title by period and culture, bar labels, axis values.</summary>
public sealed class ChartTextTests
{
    [Theory]
    [InlineData(DigestChartPeriod.Week, "ru-RU", "Маркетинг — неделя 23.11.2026 – 29.11.2026")]
    [InlineData(DigestChartPeriod.Week, "en-US", "Маркетинг — week 11/23/2026 – 11/29/2026")]
    [InlineData(DigestChartPeriod.Month, "ru-RU", "Маркетинг — итоги месяца: ноябрь 2026")]
    [InlineData(DigestChartPeriod.Month, "en-US", "Маркетинг — results of November 2026")]
    public void TitleFor_PeriodAndCulture_NamesTheWeekOrTheMonth(DigestChartPeriod period, string culture, string expected)
    {
        var data = Full("Маркетинг", period);
        var cultureInfo = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, DigestChartTitle.For(data, ChartLabels.For(cultureInfo), cultureInfo));
    }

    [Fact]
    public void TitleFor_PeriodNameGiven_WritesItInsteadOfDates()
    {
        var data = Full("Маркетинг", DigestChartPeriod.Week) with { PeriodName = "23–29 ноября" };
        var russian = CultureInfo.GetCultureInfo("ru-RU");

        Assert.Equal("Маркетинг — неделя 23–29 ноября", DigestChartTitle.For(data, ChartLabels.Russian, russian));
    }

    [Fact]
    public void TitleFor_MonthOfAWeekAcrossMonths_NamesTheMonthOfItsThursday()
    {
        // 2026-W49 runs from 30 November to 6 December; its Thursday (3 December) puts it in December.
        var data = Full("Team", DigestChartPeriod.Month) with { ReportWeek = new IsoWeek(2026, 49) };
        var english = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal("Team — results of December 2026", DigestChartTitle.For(data, ChartLabels.English, english));
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("de-DE", "en")]
    public void LabelsFor_Culture_RussianOnlyForRussian(string culture, string expected)
    {
        var labels = ChartLabels.For(CultureInfo.GetCultureInfo(culture));

        Assert.Same(expected == "ru" ? ChartLabels.Russian : ChartLabels.English, labels);
    }

    [Theory]
    [InlineData("1.2", "en-US", "120%")]
    [InlineData("0.875", "ru-RU", "87\u00A0%")]
    [InlineData("2", "en-US", "200%")]
    [InlineData("3.15", "en-US", "315% »")]
    [InlineData("2.001", "ru-RU", "200\u00A0% »")]
    [InlineData(null, "ru-RU", "—")]
    [InlineData(null, "en-US", "—")]
    public void ValueLabel_Attainment_WholePercentRoundedDownAsInTheTextAndClipMark(string? attainment, string culture, string expected)
    {
        var cultureInfo = CultureInfo.GetCultureInfo(culture);
        var bar = Bar("Leads", attainment is null ? null : decimal.Parse(attainment, CultureInfo.InvariantCulture), Zone.Green);

        Assert.Equal(expected, AttainmentPanel.ValueLabel(bar, ChartLabels.For(cultureInfo), cultureInfo));
    }

    [Theory]
    [InlineData("ru-RU", "нет данных")]
    [InlineData("en-US", "no data")]
    public void ValueLabel_MetricWithoutValue_SaysNoDataNotZero(string culture, string expected)
    {
        var cultureInfo = CultureInfo.GetCultureInfo(culture);
        var bar = new AttainmentBar("leads", "Leads", null, Zone.None, HasValue: false);

        Assert.Equal(expected, AttainmentPanel.ValueLabel(bar, ChartLabels.For(cultureInfo), cultureInfo));
    }

    [Theory]
    [InlineData(1_250_000, MetricUnit.Money, false, "ru-RU", "1,25 млн")]
    [InlineData(1_250_000, MetricUnit.Money, false, "en-US", "1.25M")]
    [InlineData(3_400, MetricUnit.Count, false, "ru-RU", "3,4 тыс.")]
    [InlineData(3_400, MetricUnit.Count, false, "en-US", "3.4K")]
    [InlineData(42, MetricUnit.Count, false, "en-US", "42")]
    [InlineData(0.425, MetricUnit.Percent, true, "ru-RU", "42,5%")]
    [InlineData(0.4, MetricUnit.Count, true, "en-US", "0.4")]
    public void AxisValue_ValueUnitCulture_ShortText(double value, MetricUnit unit, bool isRatio, string culture, string expected)
    {
        var cultureInfo = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, ChartNumbers.AxisValue(value, unit, isRatio, ChartLabels.For(cultureInfo), cultureInfo));
    }
}
