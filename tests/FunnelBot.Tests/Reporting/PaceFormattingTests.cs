using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.Tests.Reporting;

/// <summary>docs/scorecard.md, "Missing, pace and forecast as shown": how a pace, a forecast and a number of weeks are written.</summary>
public sealed class PaceFormattingTests
{
    [Theory]
    [InlineData(MetricUnit.Count, MetricDirection.Higher, "9.5", "10")] // a plan to reach: up, so that the shown pace reaches it
    [InlineData(MetricUnit.Count, MetricDirection.Higher, "9.01", "10")]
    [InlineData(MetricUnit.Count, MetricDirection.Higher, "9", "9")]
    [InlineData(MetricUnit.Count, MetricDirection.Lower, "9.99", "9")] // a limit: down, so that the shown pace keeps it
    [InlineData(MetricUnit.Count, MetricDirection.Target, "9.2", "10")]
    [InlineData(MetricUnit.Money, MetricDirection.Higher, "1250.01", "1,251")]
    [InlineData(MetricUnit.Money, MetricDirection.Lower, "1250.99", "1,250")]
    [InlineData(MetricUnit.Percent, MetricDirection.Higher, "12.34", "12.4%")]
    public void NeededPerWeek_RoundsTowardsKeepingThePlan(MetricUnit unit, MetricDirection direction, string needed, string expected)
    {
        var metric = Metric(unit, direction);

        Assert.Equal(expected, MetricValueText.NeededPerWeek(decimal.Parse(needed, System.Globalization.CultureInfo.InvariantCulture), metric, BotTexts.English));
    }

    [Theory]
    [InlineData(MetricUnit.Count, "85.333", "85")]
    [InlineData(MetricUnit.Count, "84.5", "85")]
    [InlineData(MetricUnit.Money, "1850000.5", "1,850,001")]
    public void Forecast_IsWrittenInWholeUnits(MetricUnit unit, string forecast, string expected)
    {
        Assert.Equal(expected, MetricValueText.Forecast(decimal.Parse(forecast, System.Globalization.CultureInfo.InvariantCulture), Metric(unit, MetricDirection.Higher), BotTexts.English));
    }

    [Theory]
    [InlineData(MetricUnit.Count, "15.96", "10", "15.9")] // an upper limit: towards the centre, so 16 stays above what is written
    [InlineData(MetricUnit.Count, "15.32", "10", "15.3")]
    [InlineData(MetricUnit.Count, "4.68", "10", "4.7")] // a lower limit: up, towards the centre
    [InlineData(MetricUnit.Count, "5.3303", "10.17", "5.4")]
    [InlineData(MetricUnit.Count, "0", "3", "0")]
    [InlineData(MetricUnit.Money, "1250.37", "1000", "1,250.37")] // other units keep their values' precision
    [InlineData(MetricUnit.Percent, "12.34", "10", "12.34%")]
    public void Limit_CountToATenthTowardsTheCentre_OtherUnitsAsTheirValues(MetricUnit unit, string limit, string centre, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(expected, MetricValueText.Limit(decimal.Parse(limit, culture), decimal.Parse(centre, culture), Metric(unit, MetricDirection.Higher), BotTexts.English));
    }

    [Theory]
    [InlineData(1, "1 неделя")]
    [InlineData(2, "2 недели")]
    [InlineData(4, "4 недели")]
    [InlineData(5, "5 недель")]
    [InlineData(11, "11 недель")]
    [InlineData(12, "12 недель")]
    [InlineData(14, "14 недель")]
    [InlineData(21, "21 неделя")]
    [InlineData(22, "22 недели")]
    [InlineData(39, "39 недель")]
    [InlineData(52, "52 недели")]
    [InlineData(111, "111 недель")]
    public void Weeks_InRussian_TakeTheFormOfTheirNumber(int count, string expected)
    {
        Assert.Equal(expected, CountWords.Weeks(count, BotTexts.Russian));
    }

    [Theory]
    [InlineData(1, "1 week")]
    [InlineData(2, "2 weeks")]
    [InlineData(21, "21 weeks")]
    public void Weeks_InEnglish_OneOrMore(int count, string expected)
    {
        Assert.Equal(expected, CountWords.Weeks(count, BotTexts.English));
    }

    [Fact]
    public void PaceLine_LowerIsBetter_SaysTheMostPerWeekAndWhenTheLimitIsUsedUp()
    {
        var metric = Metric(MetricUnit.Money, MetricDirection.Lower);
        var underway = new PeriodFigures(20m, 25m, 50m, 1.25m, Zone.Green, null, 40m) { WeeksWithValues = 2, WeeksLeft = 4, NeededPerWeek = 7.5m };
        var usedUp = underway with { Actual = 55m, NeededPerWeek = 0m };

        Assert.Equal(
            "Апрель 2026: 20 из 50 · можно не больше 7 в неделю · до конца: 4 недели · прогноз 40",
            PaceText.Line("Апрель 2026", underway, metric, BotTexts.Russian));
        Assert.StartsWith("Апрель 2026: 55 из 50 · лимит исчерпан", PaceText.Line("Апрель 2026", usedUp, metric, BotTexts.Russian), StringComparison.Ordinal);
    }

    [Fact]
    public void PaceLine_PlanReached_SaysSo()
    {
        var figures = new PeriodFigures(60m, 10m, 50m, 6m, Zone.Green, null, 300m) { WeeksWithValues = 1, WeeksLeft = 4, NeededPerWeek = 0m };

        Assert.Equal("April 2026: 60 of 50 · plan reached · forecast 300", PaceText.Line("April 2026", figures, Metric(MetricUnit.Count, MetricDirection.Higher), BotTexts.English));
    }

    private static MetricDefinition Metric(MetricUnit unit, MetricDirection direction) =>
        new("m", new MetricNames("М", "M"), FunnelStage.Reach, FunnelChannel.OnlineAds, unit, direction, "anna");
}
