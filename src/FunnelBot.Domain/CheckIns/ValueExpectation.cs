using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.CheckIns;

/// <summary>What a metric's value looks like, as a refusal names it after saying what was wrong.</summary>
public enum ExpectedValue
{
    /// <summary>A whole number &gt;= 0.</summary>
    Count,

    /// <summary>An amount &gt;= 0 with at most 2 decimals.</summary>
    Money,

    /// <summary>A number from 0 to 100 with at most 2 decimals.</summary>
    Percent,

    /// <summary>A ratio's target of a percent ratio: a fraction from 0 to 1, or a percentage.</summary>
    PercentTarget,

    /// <summary>Any other ratio's target: a number &gt;= 0.</summary>
    Target,
}

/// <summary>What is expected of a metric's value or plan (<see cref="UnitRules"/>), with an example to show.</summary>
public static class ValueExpectation
{
    /// <summary>What a value (for a ratio: its target) of <paramref name="metric"/> must be.</summary>
    public static ExpectedValue Of(MetricDefinition metric) => Of(metric.Unit, metric.IsRatio);

    public static ExpectedValue Of(MetricUnit unit, bool target) => (unit, target) switch
    {
        (MetricUnit.Percent, true) => ExpectedValue.PercentTarget,
        (_, true) => ExpectedValue.Target,
        (MetricUnit.Money, false) => ExpectedValue.Money,
        (MetricUnit.Percent, false) => ExpectedValue.Percent,
        _ => ExpectedValue.Count,
    };

    /// <summary>A valid value to show as an example: 12, 1234.5, 42.5, 0.4 (a percent target, also written 40%), 2.5.</summary>
    public static decimal Example(ExpectedValue expected) => expected switch
    {
        ExpectedValue.Money => 1234.5m,
        ExpectedValue.Percent => 42.5m,
        ExpectedValue.PercentTarget => 0.4m,
        ExpectedValue.Target => 2.5m,
        _ => 12m,
    };
}
