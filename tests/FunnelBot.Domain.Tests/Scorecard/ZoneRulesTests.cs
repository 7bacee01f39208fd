using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Scorecard;

/// <summary>docs/scorecard.md, "Attainment and zones" and "Deviations worth a question".</summary>
public sealed class ZoneRulesTests
{
    private static readonly ZoneThresholds Custom = new(YellowFrom: 0.80m, TargetTolerance: 0.05m, AskWhyAbove: 1.50m);

    public static TheoryData<MetricDirection, decimal?, decimal?, decimal?, Zone> DefaultRows => new()
    {
        // higher: attainment = actual / plan; green >= 1.0, yellow >= 0.90, else red.
        { MetricDirection.Higher, 12m, 10m, 1.2m, Zone.Green },
        { MetricDirection.Higher, 10m, 10m, 1.0m, Zone.Green }, // exactly 1.0
        { MetricDirection.Higher, 9.99m, 10m, 0.999m, Zone.Yellow },
        { MetricDirection.Higher, 9m, 10m, 0.9m, Zone.Yellow }, // exactly 0.90
        { MetricDirection.Higher, 8.99m, 10m, 0.899m, Zone.Red },
        { MetricDirection.Higher, 0m, 10m, 0m, Zone.Red },
        // plan 0: attainment null; higher is green whatever the actual.
        { MetricDirection.Higher, 5m, 0m, null, Zone.Green },
        { MetricDirection.Higher, 0m, 0m, null, Zone.Green },
        // plan null or actual null (a ratio with denominator 0): attainment null, zone none.
        { MetricDirection.Higher, 5m, null, null, Zone.None },
        { MetricDirection.Higher, null, 10m, null, Zone.None },
        { MetricDirection.Lower, null, 0m, null, Zone.None },
        { MetricDirection.Target, 0.4m, null, null, Zone.None },
        // lower: attainment = plan / actual.
        { MetricDirection.Lower, 8m, 10m, 1.25m, Zone.Green }, // 10 / 8
        { MetricDirection.Lower, 10m, 10m, 1.0m, Zone.Green },
        { MetricDirection.Lower, 10m, 9m, 0.9m, Zone.Yellow }, // 9 / 10, exactly 0.90
        { MetricDirection.Lower, 16m, 10m, 0.625m, Zone.Red }, // 10 / 16
        { MetricDirection.Lower, 0m, 10m, null, Zone.Green }, // actual 0: attainment null, green
        { MetricDirection.Lower, 0m, 0m, null, Zone.Green }, // plan 0, actual 0
        { MetricDirection.Lower, 5m, 0m, null, Zone.Red }, // plan 0, actual > 0
        // target: deviation = |actual - plan| / plan; green <= 0.10, yellow <= 0.20, else red.
        { MetricDirection.Target, 0.40m, 0.40m, 1m, Zone.Green },
        { MetricDirection.Target, 0.44m, 0.40m, 1.1m, Zone.Green }, // deviation 0.04 / 0.40 = 0.10
        { MetricDirection.Target, 0.36m, 0.40m, 0.9m, Zone.Green }, // deviation 0.10 below
        { MetricDirection.Target, 0.45m, 0.40m, 1.125m, Zone.Yellow }, // 0.05 / 0.40 = 0.125
        { MetricDirection.Target, 0.48m, 0.40m, 1.2m, Zone.Yellow }, // 0.20 exactly
        { MetricDirection.Target, 0.32m, 0.40m, 0.8m, Zone.Yellow }, // 0.20 below
        { MetricDirection.Target, 0.49m, 0.40m, 1.225m, Zone.Red }, // 0.09 / 0.40 = 0.225
        { MetricDirection.Target, 0.30m, 0.40m, 0.75m, Zone.Red }, // 0.25
        { MetricDirection.Target, 0m, 0m, null, Zone.Green }, // plan 0, actual 0
        { MetricDirection.Target, 1m, 0m, null, Zone.Red }, // plan 0, actual > 0
    };

    [Theory]
    [MemberData(nameof(DefaultRows))]
    public void Evaluate_DefaultThresholds_GivesSpecAttainmentAndZone(
        MetricDirection direction, decimal? actual, decimal? plan, decimal? attainment, Zone zone)
    {
        var result = ZoneRules.Evaluate(direction, actual, plan, ZoneThresholds.Default);

        Assert.Equal(attainment, result.Attainment);
        Assert.Equal(zone, result.Zone);
    }

    public static TheoryData<MetricDirection, decimal, decimal, Zone> CustomRows => new()
    {
        // YellowFrom 0.80: 0.85 is yellow (red by default), 0.80 yellow, 0.79 red.
        { MetricDirection.Higher, 8.5m, 10m, Zone.Yellow },
        { MetricDirection.Higher, 8m, 10m, Zone.Yellow },
        { MetricDirection.Higher, 7.9m, 10m, Zone.Red },
        { MetricDirection.Lower, 12.5m, 10m, Zone.Yellow }, // 10 / 12.5 = 0.80
        // Tolerance 0.05: green <= 0.05, yellow <= 0.10, else red.
        { MetricDirection.Target, 105m, 100m, Zone.Green },
        { MetricDirection.Target, 106m, 100m, Zone.Yellow },
        { MetricDirection.Target, 90m, 100m, Zone.Yellow },
        { MetricDirection.Target, 111m, 100m, Zone.Red },
    };

    [Theory]
    [MemberData(nameof(CustomRows))]
    public void Evaluate_CustomThresholds_UsesThem(MetricDirection direction, decimal actual, decimal plan, Zone zone)
    {
        Assert.Equal(zone, ZoneRules.Evaluate(direction, actual, plan, Custom).Zone);
    }

    public static TheoryData<Zone, decimal?, DeviationKind> DeviationRows => new()
    {
        { Zone.Yellow, 0.95m, DeviationKind.Negative },
        { Zone.Red, 0.5m, DeviationKind.Negative },
        { Zone.Red, 1.25m, DeviationKind.Negative }, // target metric far above plan: red is negative first
        { Zone.Red, null, DeviationKind.Negative }, // lower/target with plan 0 and actual > 0
        { Zone.Green, 1.0m, DeviationKind.None },
        { Zone.Green, 1.19m, DeviationKind.None },
        { Zone.Green, 1.2m, DeviationKind.Positive }, // AskWhyAbove 1.20 is inclusive
        { Zone.Green, 1.5m, DeviationKind.Positive },
        { Zone.Green, null, DeviationKind.None }, // plan 0
        { Zone.None, null, DeviationKind.None }, // no plan
    };

    [Theory]
    [MemberData(nameof(DeviationRows))]
    public void Deviation_DefaultThresholds_AsksWhyWhenOffPlan(Zone zone, decimal? attainment, DeviationKind expected)
    {
        Assert.Equal(expected, ZoneRules.Deviation(zone, attainment, ZoneThresholds.Default));
    }

    [Theory]
    [InlineData(1.3, DeviationKind.None)]
    [InlineData(1.5, DeviationKind.Positive)]
    public void Deviation_CustomAskWhyAbove_UsesIt(double attainment, DeviationKind expected)
    {
        Assert.Equal(expected, ZoneRules.Deviation(Zone.Green, (decimal)attainment, Custom));
    }
}
