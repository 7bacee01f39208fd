using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
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

        // ad_spend rises by 10 every week (5 000 + 10 x week): W36..W47 give X̄ 5 415 and mR̄ 10, so the natural limits are
        // 5 415 ± 26.6, and W48's 5 480 is above them. A steady trend is a signal, not noise: it needs attention.
        Assert.Equal(["revenue", "leads", "orders", "ad_spend", "qualification_rate"], shown);
        Assert.True(DigestFocus.IsExceptional(report.Metrics.Single(score => score.Metric.Key == "ad_spend")));
        Assert.All(report.Metrics.Where(score => !shown.Contains(score.Metric.Key)), score =>
            Assert.False(focus.NeedsAttention(DigestKind.Weekly, score, Week48, input), score.Metric.Key));
    }

    [Fact]
    public void Build_Week48_SomeMetricWithAPlanIsLeftOutOfTheFocus()
    {
        // ad_spend held at 5 000 a week: on plan (21 000 a month), routine, so nothing puts it in the focus.
        var loaded = _team.Scorecards.LoadInput(Week48);
        var values = loaded.Values.ToDictionary(
            pair => pair.Key,
            pair => pair.Key == "ad_spend" ? pair.Value.ToDictionary(value => value.Key, _ => 5_000m) : pair.Value,
            StringComparer.Ordinal);
        var input = new ScorecardInput(values, loaded.Plans);
        var shown = new DigestFocus(_team.Configuration).Shown(DigestKind.Weekly, _team.Scorecards.Compute(Week48, input), input);
        var all = new ChartDataFromInput(_team.Configuration).Build(Week48, DigestChartPeriod.Week, input, "ru");

        Assert.True(all.Attainment.Count > all.Attainment.Count(bar => shown.Contains(bar.MetricKey)), "the team chart leaves some metric out");
    }
}
