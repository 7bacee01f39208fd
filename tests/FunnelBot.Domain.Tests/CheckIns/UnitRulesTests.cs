using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.CheckIns;

public sealed class UnitRulesTests
{
    public static TheoryData<MetricUnit, decimal, ValueRefusal?> Rows => new()
    {
        { MetricUnit.Count, 0m, null },
        { MetricUnit.Count, 12m, null },
        { MetricUnit.Count, 12.0m, null }, // trailing zero is still whole
        { MetricUnit.Count, 12.5m, ValueRefusal.NotWhole },
        { MetricUnit.Count, 0.01m, ValueRefusal.NotWhole },
        { MetricUnit.Count, -1m, ValueRefusal.Negative },
        { MetricUnit.Count, -1.5m, ValueRefusal.Negative },
        { MetricUnit.Money, 0m, null },
        { MetricUnit.Money, 1234.56m, null },
        { MetricUnit.Money, 1234.50m, null },
        { MetricUnit.Money, 1234.500m, null }, // 3 digits written, 1 decimal meant
        { MetricUnit.Money, 1234.567m, ValueRefusal.TooManyDecimals },
        { MetricUnit.Money, 1000000000m, null },
        { MetricUnit.Money, 1_000_000_000_000_000m, null }, // MaxValue itself
        { MetricUnit.Money, 1_000_000_000_000_000.01m, ValueRefusal.TooLarge },
        { MetricUnit.Count, decimal.MaxValue, ValueRefusal.TooLarge },
        { MetricUnit.Count, 79_000_000_000_000_000_000_000_000_000m, ValueRefusal.TooLarge }, // 7.9e28: breaks every sum
        { MetricUnit.Percent, 2_000_000_000_000_000m, ValueRefusal.TooLarge },
        { MetricUnit.Money, -0.01m, ValueRefusal.Negative },
        { MetricUnit.Percent, 0m, null },
        { MetricUnit.Percent, 100m, null },
        { MetricUnit.Percent, 12.25m, null },
        { MetricUnit.Percent, 12.255m, ValueRefusal.TooManyDecimals },
        { MetricUnit.Percent, 100.01m, ValueRefusal.PercentAbove100 },
        { MetricUnit.Percent, 150.555m, ValueRefusal.PercentAbove100 },
        { MetricUnit.Percent, -5m, ValueRefusal.Negative },
        { MetricUnit.Count, 100_000_000_000_000_000_000m, ValueRefusal.TooLarge }, // 10^20: too large, whatever the unit
        { MetricUnit.Percent, 100_000_000_000_000_000_000m, ValueRefusal.TooLarge },
    };

    public static TheoryData<MetricUnit, decimal, ValueRefusal?> Targets => new()
    {
        { MetricUnit.Percent, 0m, null },
        { MetricUnit.Percent, 0.4375m, null }, // a target has no decimals rule
        { MetricUnit.Percent, 1m, null },
        { MetricUnit.Percent, 1.01m, ValueRefusal.TargetAbove1 },
        { MetricUnit.Money, 250.5m, null }, // cost per lead
        { MetricUnit.Count, -0.1m, ValueRefusal.Negative },
        { MetricUnit.Money, 1_000_000_000_000_001m, ValueRefusal.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void CheckTarget_RatioTarget_ReturnsFirstRefusalOrNull(MetricUnit unit, decimal value, ValueRefusal? expected)
    {
        Assert.Equal(expected, UnitRules.CheckTarget(unit, value));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Check_ValueForUnit_ReturnsFirstViolationOrNull(MetricUnit unit, decimal value, ValueRefusal? expected)
    {
        Assert.Equal(expected, UnitRules.Check(unit, value));
    }

    [Theory]
    [InlineData("12%", MetricUnit.Percent, null)]
    [InlineData("12%", MetricUnit.Count, ValueRefusal.PercentSignNotExpected)]
    [InlineData("12%", MetricUnit.Money, ValueRefusal.PercentSignNotExpected)]
    [InlineData("12,5", MetricUnit.Count, ValueRefusal.NotWhole)]
    [InlineData("1,5к", MetricUnit.Count, null)]
    [InlineData("-3", MetricUnit.Money, ValueRefusal.Negative)]
    [InlineData("120 %", MetricUnit.Percent, ValueRefusal.PercentAbove100)]
    [InlineData("12 ₽", MetricUnit.Money, null)]
    [InlineData("12 руб", MetricUnit.Count, ValueRefusal.CurrencyNotExpected)]
    [InlineData("12р.", MetricUnit.Percent, ValueRefusal.CurrencyNotExpected)]
    [InlineData("-0", MetricUnit.Count, ValueRefusal.Negative)]
    [InlineData("−0,00", MetricUnit.Money, ValueRefusal.Negative)]
    [InlineData("+0", MetricUnit.Count, null)]
    public void Check_ParsedAnswer_AppliesPercentSignAndUnitRules(string text, MetricUnit unit, ValueRefusal? expected)
    {
        var parsed = NumberParser.Parse(text, CultureInfo.GetCultureInfo("ru-RU"));

        Assert.True(parsed.IsSuccess);
        Assert.Equal(expected, UnitRules.Check(unit, parsed));
    }
}
