using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Tests.Builders;

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

    // Money, so that the minimum difference (one unit for a count) does not hide any of these.
    public static TheoryData<MetricDirection, decimal, decimal?, DeviationKind> DeviationRows => new()
    {
        { MetricDirection.Higher, 95m, 100m, DeviationKind.None }, // yellow: not asked unless configured
        { MetricDirection.Higher, 50m, 100m, DeviationKind.Negative }, // red
        { MetricDirection.Target, 125m, 100m, DeviationKind.Negative }, // target far above plan: red, a bad week
        { MetricDirection.Lower, 3m, 0m, DeviationKind.Negative }, // lower with plan 0 and actual > 0
        { MetricDirection.Higher, 100m, 100m, DeviationKind.None },
        { MetricDirection.Higher, 119m, 100m, DeviationKind.None },
        { MetricDirection.Higher, 120m, 100m, DeviationKind.Positive }, // AskWhyAbove 1.20 is inclusive
        { MetricDirection.Lower, 80m, 100m, DeviationKind.Positive }, // lower: 100 / 80 = 1.25, better than plan
        { MetricDirection.Higher, 150m, 0m, DeviationKind.None }, // plan 0
        { MetricDirection.Higher, 150m, null, DeviationKind.None }, // no plan
    };

    [Theory]
    [MemberData(nameof(DeviationRows))]
    public void Deviation_DefaultRules_AsksWhyOnRedAndOnAGoodWeek(MetricDirection direction, decimal actual, decimal? plan, DeviationKind expected)
    {
        var metric = MetricBuilder.Entered("spend").Unit(MetricUnit.Money).Direction(direction).Build();

        Assert.Equal(expected, ZoneRules.Deviation(metric, actual, plan, ZoneThresholds.Default));
    }

    [Theory]
    [InlineData(1.3, DeviationKind.None)]
    [InlineData(1.5, DeviationKind.Positive)]
    public void Deviation_CustomAskWhyAbove_UsesIt(double attainment, DeviationKind expected)
    {
        var metric = MetricBuilder.Entered("spend").Unit(MetricUnit.Money).Build();

        Assert.Equal(expected, ZoneRules.Deviation(metric, 100m * (decimal)attainment, 100m, Custom));
    }

    [Theory]
    [InlineData(false, null, DeviationKind.None)]
    [InlineData(true, null, DeviationKind.Negative)]
    [InlineData(false, true, DeviationKind.Negative)]
    [InlineData(true, false, DeviationKind.None)]
    public void Deviation_YellowWeek_AskedWhereTheMetricOrElseTheTeamSaysSo(bool team, bool? metricRule, DeviationKind expected)
    {
        var metric = MetricBuilder.Entered("spend").Unit(MetricUnit.Money).Build() with { Questions = new DeviationQuestions(AskWhyOnYellow: metricRule) };

        Assert.Equal(expected, ZoneRules.Deviation(metric, 95m, 100m, ZoneThresholds.Default with { AskWhyOnYellow = team }));
    }

    [Theory]
    [InlineData(MetricUnit.Count, null, 3, 2.4, DeviationKind.None)] // 0.6 apart: less than one unit of a count
    [InlineData(MetricUnit.Count, null, 1, 2.4, DeviationKind.Negative)] // 1.4 apart, red
    [InlineData(MetricUnit.Count, null, 4, 3, DeviationKind.Positive)] // 1 apart is enough, 133 %
    [InlineData(MetricUnit.Count, 5.0, 14, 10, DeviationKind.None)] // 140 % but only 4 apart, the metric asks for 5
    [InlineData(MetricUnit.Money, null, 2.5, 2, DeviationKind.Positive)] // money: no minimum unless set
    [InlineData(MetricUnit.Money, 100.0, 150, 100, DeviationKind.None)]
    public void Deviation_DifferenceBelowTheMinimum_NotAsked(MetricUnit unit, double? minimum, double actual, double plan, DeviationKind expected)
    {
        var metric = MetricBuilder.Entered("m").Unit(unit).Build() with { Questions = new DeviationQuestions(MinDifference: (decimal?)minimum) };

        Assert.Equal(expected, ZoneRules.Deviation(metric, (decimal)actual, (decimal)plan, ZoneThresholds.Default));
    }

    [Fact]
    public void Deviation_MetricAskWhyAbove_OverridesTheTeam()
    {
        var metric = MetricBuilder.Entered("spend").Unit(MetricUnit.Money).Build() with { Questions = new DeviationQuestions(AskWhyAbove: 2m) };

        Assert.Equal(DeviationKind.None, ZoneRules.Deviation(metric, 150m, 100m, ZoneThresholds.Default));
        Assert.Equal(DeviationKind.Positive, ZoneRules.Deviation(metric, 200m, 100m, ZoneThresholds.Default));
    }
}
