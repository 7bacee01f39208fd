using FunnelBot.Domain.Deviations;

namespace FunnelBot.Domain.Tests.Deviations;

public sealed class ReasonsReportTests
{
    private static readonly DeviationRecord[] Quarter =
    [
        new("leads", ["call_plan_missed", "budget_off"], null, -4m),
        new("leads", ["call_plan_missed"], null, -2m),
        new("calls", ["call_plan_missed"], null, -10m),
        new("qualified", ["late_contact", Cause.OtherCode], "CRM was down", -3m),
        new("qualified", [Cause.OtherCode], "  ", -1m),
        new("leads", ["new_campaign"], null, 5m),
        new("revenue", [], null, -100m),
    ];

    [Fact]
    public void Build_PreparedQuarter_CountsSharesAndOrdersBiggestFirst()
    {
        var rows = ReasonsReport.Build(Quarter);

        Assert.Equal(["call_plan_missed", "other", "budget_off", "late_contact", "new_campaign"], rows.Select(r => r.Cause));
        Assert.Equal([3, 2, 1, 1, 1], rows.Select(r => r.Count));
        Assert.Equal(3m / 8m, rows[0].Share); // 8 cause mentions in all; a record without causes adds none
        Assert.Equal(1m, rows.Sum(r => r.Share));
    }

    [Fact]
    public void Build_CauseHitSeveralMetrics_NetDeviationPerMetricMostHitFirst()
    {
        var calls = ReasonsReport.Build(Quarter)[0];

        Assert.Equal([new CauseHit("leads", 2, -6m), new CauseHit("calls", 1, -10m)], calls.Metrics);
    }

    [Fact]
    public void Build_Other_KeepsTheMembersWordsWithoutBlanks()
    {
        var other = ReasonsReport.Build(Quarter).Single(r => r.Cause == Cause.OtherCode);

        Assert.Equal(["CRM was down"], other.OtherTexts);
        Assert.Equal([new CauseHit("qualified", 2, -4m)], other.Metrics);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Build_NoCauses_NoRows(int records)
    {
        var input = Enumerable.Repeat(new DeviationRecord("leads", [], null, -1m), records);

        Assert.Empty(ReasonsReport.Build(input));
    }

    [Fact]
    public void Build_SameCauseTwiceInOneRecord_CountedOnce()
    {
        var rows = ReasonsReport.Build([new DeviationRecord("leads", ["budget_off", "budget_off"], null, -1m)]);

        Assert.Equal(1, Assert.Single(rows).Count);
    }
}
