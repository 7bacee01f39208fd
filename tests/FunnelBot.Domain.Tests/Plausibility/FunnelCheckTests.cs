using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;

namespace FunnelBot.Domain.Tests.Plausibility;

public sealed class FunnelCheckTests
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly FunnelRule QualifiedOfLeads = new("qualified", "leads");
    private static readonly FunnelRule OrdersOverFourWeeks = new("orders", "opportunities", 4);

    /// <summary>Values written as <c>metric@weeksBack=value</c> (weeks back from <see cref="Week"/>, 0 being the week itself).</summary>
    private static FunnelValues Values(params string[] entries)
    {
        var values = new Dictionary<string, Dictionary<IsoWeek, decimal>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var (metric, rest) = (entry[..entry.IndexOf('@', StringComparison.Ordinal)], entry[(entry.IndexOf('@', StringComparison.Ordinal) + 1)..]);
            var parts = rest.Split('=');
            var week = Week.AddWeeks(-int.Parse(parts[0], CultureInfo.InvariantCulture));
            if (!values.TryGetValue(metric, out var weeks))
            {
                values[metric] = weeks = [];
            }

            weeks[week] = decimal.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return new FunnelValues(values.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<IsoWeek, decimal>)pair.Value, StringComparer.Ordinal));
    }

    public static TheoryData<string, string[], bool?, string?, string?> OneWeekCases => new()
    {
        { "fewer qualified than leads holds", ["qualified@0=8", "leads@0=20"], true, "8", "20" },
        { "as many qualified as leads holds", ["qualified@0=20", "leads@0=20"], true, "20", "20" },
        { "more qualified than leads breaks", ["qualified@0=25", "leads@0=20"], false, "25", "20" },
        { "zero leads with qualified breaks", ["qualified@0=1", "leads@0=0"], false, "1", "0" },
        { "leads missing says nothing (missing is not 0)", ["qualified@0=5"], null, null, null },
        { "qualified missing says nothing", ["leads@0=5"], null, null, null },
        { "last week's values do not count for a one-week rule", ["qualified@0=5", "leads@0=4", "leads@1=100"], false, "5", "4" },
    };

    [Theory]
    [MemberData(nameof(OneWeekCases))]
    public void Evaluate_OneWeekRule(string because, string[] values, bool? holds, string? value, string? atMost)
    {
        var outcome = FunnelCheck.Evaluate(QualifiedOfLeads, Week, Values(values));

        Assert.True(holds == outcome.Holds, because);
        Assert.Equal(value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture), outcome.Value);
        Assert.Equal(atMost is null ? null : decimal.Parse(atMost, CultureInfo.InvariantCulture), outcome.AtMostValue);
    }

    public static TheoryData<string, string[], bool?, string?, string?> WindowCases => new()
    {
        { "orders of earlier opportunities hold over the window", ["orders@0=3", "opportunities@0=1", "orders@1=0", "opportunities@1=4"], true, "3", "5" },
        { "more orders than opportunities over four weeks breaks", ["orders@0=4", "opportunities@0=1", "orders@2=2", "opportunities@2=2"], false, "6", "3" },
        { "a week with only one of them is left out of both sums", ["orders@0=2", "opportunities@0=1", "opportunities@1=9", "orders@2=1", "opportunities@2=1"], false, "3", "2" },
        { "a week before the window does not count", ["orders@0=2", "opportunities@0=1", "opportunities@4=10", "orders@4=0"], false, "2", "1" },
        { "the checked week itself lacking one says nothing", ["orders@0=2", "orders@1=1", "opportunities@1=5"], null, null, null },
    };

    [Theory]
    [MemberData(nameof(WindowCases))]
    public void Evaluate_FourWeekRule_SumsTheWeeksWhereBothAreKnown(string because, string[] values, bool? holds, string? value, string? atMost)
    {
        var outcome = FunnelCheck.Evaluate(OrdersOverFourWeeks, Week, Values(values));

        Assert.True(holds == outcome.Holds, because);
        Assert.Equal(value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture), outcome.Value);
        Assert.Equal(atMost is null ? null : decimal.Parse(atMost, CultureInfo.InvariantCulture), outcome.AtMostValue);
        Assert.Equal(Week.AddWeeks(-3), outcome.From);
    }

    public static TheoryData<string, string, decimal, string[], string[]> CandidateCases => new()
    {
        { "qualified above the stored leads", "qualified", 25m, ["leads@0=20"], ["qualified<=leads"] },
        { "qualified within the stored leads", "qualified", 20m, ["leads@0=20"], [] },
        { "leads below the stored qualified (the other side)", "leads", 10m, ["qualified@0=12"], ["qualified<=leads"] },
        { "leads replacing a stored value that broke the rule", "leads", 30m, ["qualified@0=12", "leads@0=10"], [] },
        { "no other value stored yet", "qualified", 25m, [], [] },
        { "a metric no rule compares", "calls", 1000m, ["leads@0=1"], [] },
        { "orders over four weeks", "orders", 3m, ["opportunities@0=1", "opportunities@1=1", "orders@1=0"], ["orders<=opportunities"] },
    };

    [Theory]
    [MemberData(nameof(CandidateCases))]
    public void BrokenBy_ValueAboutToBeEntered(string because, string metric, decimal value, string[] stored, string[] broken)
    {
        var check = new FunnelCheck([QualifiedOfLeads, OrdersOverFourWeeks]);

        var outcomes = check.BrokenBy(metric, Week, value, Values(stored));

        Assert.True(broken.SequenceEqual(outcomes.Select(o => $"{o.Rule.Metric}<={o.Rule.AtMost}")), because);
    }

    [Fact]
    public void BrokenBy_AnEarlierWeekOfAWindow_NamesTheLaterWindowItBreaks()
    {
        var check = new FunnelCheck([OrdersOverFourWeeks]);
        var stored = Values("orders@0=4", "opportunities@0=2", "opportunities@2=5");

        var outcome = Assert.Single(check.BrokenBy("orders", Week.AddWeeks(-2), 5m, stored));

        Assert.Equal((Week, 9m, 7m), (outcome.Week, outcome.Value!.Value, outcome.AtMostValue!.Value));
    }

    [Fact]
    public void Broken_ListsOnlyTheRulesTheWeekBreaks()
    {
        var check = new FunnelCheck([QualifiedOfLeads, OrdersOverFourWeeks]);

        var broken = check.Broken(Week, Values("qualified@0=30", "leads@0=20", "orders@0=1", "opportunities@0=5"));

        Assert.Equal([QualifiedOfLeads], broken.Select(outcome => outcome.Rule));
    }
}
