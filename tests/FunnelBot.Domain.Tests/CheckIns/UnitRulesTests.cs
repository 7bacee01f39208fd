using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class UnitRulesTests
{
    public static TheoryData<MetricUnit, decimal, UnitViolation?> Rows => new()
    {
        { MetricUnit.Count, 0m, null },
        { MetricUnit.Count, 12m, null },
        { MetricUnit.Count, 12.0m, null }, // trailing zero is still whole
        { MetricUnit.Count, 12.5m, UnitViolation.NotWhole },
        { MetricUnit.Count, 0.01m, UnitViolation.NotWhole },
        { MetricUnit.Count, -1m, UnitViolation.Negative },
        { MetricUnit.Count, -1.5m, UnitViolation.Negative },
        { MetricUnit.Money, 0m, null },
        { MetricUnit.Money, 1234.56m, null },
        { MetricUnit.Money, 1234.50m, null },
        { MetricUnit.Money, 1234.500m, null }, // 3 digits written, 1 decimal meant
        { MetricUnit.Money, 1234.567m, UnitViolation.TooManyDecimals },
        { MetricUnit.Money, 1000000000m, null },
        { MetricUnit.Money, 1_000_000_000_000_000m, null }, // MaxValue itself
        { MetricUnit.Money, 1_000_000_000_000_000.01m, UnitViolation.TooLarge },
        { MetricUnit.Count, decimal.MaxValue, UnitViolation.TooLarge },
        { MetricUnit.Count, 79_000_000_000_000_000_000_000_000_000m, UnitViolation.TooLarge }, // 7.9e28: breaks every sum
        { MetricUnit.Percent, 2_000_000_000_000_000m, UnitViolation.TooLarge },
        { MetricUnit.Money, -0.01m, UnitViolation.Negative },
        { MetricUnit.Percent, 0m, null },
        { MetricUnit.Percent, 100m, null },
        { MetricUnit.Percent, 12.25m, null },
        { MetricUnit.Percent, 12.255m, UnitViolation.TooManyDecimals },
        { MetricUnit.Percent, 100.01m, UnitViolation.OutOfRange },
        { MetricUnit.Percent, 150.555m, UnitViolation.OutOfRange },
        { MetricUnit.Percent, -5m, UnitViolation.Negative },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Check_ValueForUnit_ReturnsFirstViolationOrNull(MetricUnit unit, decimal value, UnitViolation? expected)
    {
        Assert.Equal(expected, UnitRules.Check(unit, value));
    }

    [Theory]
    [InlineData("12%", MetricUnit.Percent, null)]
    [InlineData("12%", MetricUnit.Count, UnitViolation.UnexpectedPercentSign)]
    [InlineData("12%", MetricUnit.Money, UnitViolation.UnexpectedPercentSign)]
    [InlineData("12,5", MetricUnit.Count, UnitViolation.NotWhole)]
    [InlineData("1,5к", MetricUnit.Count, null)]
    [InlineData("-3", MetricUnit.Money, UnitViolation.Negative)]
    [InlineData("120 %", MetricUnit.Percent, UnitViolation.OutOfRange)]
    public void Check_ParsedAnswer_AppliesPercentSignAndUnitRules(string text, MetricUnit unit, UnitViolation? expected)
    {
        var parsed = NumberParser.Parse(text, CultureInfo.GetCultureInfo("ru-RU"));

        Assert.True(parsed.IsSuccess);
        Assert.Equal(expected, UnitRules.Check(unit, parsed));
    }
}
