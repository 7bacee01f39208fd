using FunnelBot.Domain.Periods;
using FunnelBot.Reporting.Charts;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.Tests.Reporting.Charts;

namespace FunnelBot.Tests.Digest;

/// <summary>The metrics the digest is about (headline metrics, then those needing attention), which its chart draws.</summary>
public sealed class DigestFocusTests : IClassFixture<ChartTeamDatabase>
{
    private static readonly IsoWeek Week48 = new(2026, 48);

    private readonly ChartTeamDatabase _team;

    public DigestFocusTests(ChartTeamDatabase team)
    {
        _team = team;
    }

    [Fact]
    public void Shown_Week48_HeadlinesThenTheRedOrLongOffPlanOthers()
    {
        var input = _team.Scorecards.LoadInput(Week48);
        var report = _team.Scorecards.Compute(Week48, input);
        var focus = new DigestFocus(_team.Configuration);

        var shown = focus.Shown(DigestKind.Weekly, report, input);

        Assert.Equal(["revenue", "leads", "orders", "qualification_rate"], shown);
        Assert.All(report.Metrics.Where(score => !shown.Contains(score.Metric.Key)), score =>
            Assert.False(DigestFocus.IsRed(DigestKind.Weekly, score) || focus.IsOffPlanThreeWeeks(score.Metric, Week48, input), score.Metric.Key));
    }

    [Fact]
    public void Build_Week48_SomeMetricWithAPlanIsLeftOutOfTheFocus()
    {
        var input = _team.Scorecards.LoadInput(Week48);
        var shown = new DigestFocus(_team.Configuration).Shown(DigestKind.Weekly, _team.Scorecards.Compute(Week48, input), input);
        var all = new ChartDataFromInput(_team.Configuration).Build(Week48, DigestChartPeriod.Week, input, "ru");

        Assert.True(all.Attainment.Count > all.Attainment.Count(bar => shown.Contains(bar.MetricKey)), "the team chart leaves some metric out");
    }
}
