using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;

namespace FunnelBot.Tests.Reporting.Charts;

/// <summary>The chart's data from a real LiteDB through the real stores: every figure is the scorecard's.</summary>
public sealed class DigestChartDataTests : IClassFixture<ChartTeamDatabase>
{
    private static readonly IsoWeek Week48 = new(2026, 48);

    private readonly ChartTeamDatabase _team;

    public DigestChartDataTests(ChartTeamDatabase team)
    {
        _team = team;
    }

    [Fact]
    public void Build_Week48_EachCumulativePointIsThatWeeksYearToDate()
    {
        var data = _team.Chart(Week48, DigestChartPeriod.Week);

        foreach (var series in data.Headlines)
        {
            Assert.Equal(Enumerable.Range(1, 48), series.Points.Select(point => point.Week));
            foreach (var point in series.Points)
            {
                var year = _team.Scorecards.Build(new IsoWeek(2026, point.Week)).Metrics.Single(score => score.Metric.Key == series.MetricKey).Year;
                Assert.Equal((series.MetricKey, point.Week, year.Actual, year.Plan, year.LastYear), (series.MetricKey, point.Week, point.Actual, point.Plan, point.LastYear));
            }
        }
    }

    [Fact]
    public void Build_Week48_LastPointEqualsTheReportsYearToDate()
    {
        var report = _team.Scorecards.Build(Week48);

        var data = _team.Chart(Week48, DigestChartPeriod.Week);

        foreach (var series in data.Headlines)
        {
            var year = report.Metrics.Single(score => score.Metric.Key == series.MetricKey).Year;
            Assert.Equal(new CumulativePoint(48, year.Actual, year.Plan, year.LastYear), series.Points[^1]);
        }
    }

    [Fact]
    public void Build_Week48_LeadsCumulativeAsSummedByHand()
    {
        var leads = _team.Chart(Week48, DigestChartPeriod.Week).Headlines.Single(series => series.MetricKey == "leads");

        var actual = Enumerable.Range(1, 48).Sum(ChartTeamDatabase.Leads2026);
        var lastYear = Enumerable.Range(1, 48).Sum(ChartTeamDatabase.Leads2025);
        // Plans start in March: each week's plan is the month's 500 over its 4 or 5 weeks; January and February have none.
        var plan = IsoWeek.AllOf(2026).Take(48).Where(week => week.Month.Month >= 3).Sum(week => ChartTeamDatabase.LeadsMonthPlan / week.Month.WeekCount);
        Assert.Equal(new CumulativePoint(48, actual, plan, lastYear), leads.Points[^1]);
        Assert.All(leads.Points.Where(point => new IsoWeek(2026, point.Week).Month.Month <= 2), point => Assert.Null(point.Plan));
    }

    [Fact]
    public void Build_Week48_LastYearOnlyWhereLastYearHasValues()
    {
        var data = _team.Chart(Week48, DigestChartPeriod.Week);
        var revenue = data.Headlines.Single(series => series.MetricKey == "revenue");
        var orders = data.Headlines.Single(series => series.MetricKey == "orders");

        // Revenue of 2025 is stored for weeks 1..10 only: its cumulative stays at their sum from week 10 on.
        var tenWeeks = Enumerable.Range(1, 10).Sum(ChartTeamDatabase.Revenue2025);
        Assert.All(revenue.Points.Where(point => point.Week >= 10), point => Assert.Equal(tenWeeks, point.LastYear));
        Assert.All(orders.Points, point => Assert.Null(point.LastYear));
    }

    [Fact]
    public void Build_Week53_LastYearCappedAtTheLastWeekOf2025()
    {
        // 2026 has 53 ISO weeks, 2025 only 52: week 53's last year is weeks 1..52 of 2025.
        var leads = _team.Chart(new IsoWeek(2026, 53), DigestChartPeriod.Week).Headlines.Single(series => series.MetricKey == "leads");

        var wholeYear = Enumerable.Range(1, 52).Sum(ChartTeamDatabase.Leads2025);
        Assert.Equal(53, leads.Points.Count);
        Assert.Equal((wholeYear, wholeYear), (leads.Points[51].LastYear, leads.Points[52].LastYear));
    }

    [Theory]
    [InlineData(null, new[] { "Выручка", "Лиды", "Заказы" })]
    [InlineData("ru", new[] { "Выручка", "Лиды", "Заказы" })]
    [InlineData("en", new[] { "Revenue", "Leads", "Orders" })]
    public void Build_Headlines_ConfiguredOrderUnknownSkippedNamesInLanguage(string? language, string[] names)
    {
        var data = _team.Chart(Week48, DigestChartPeriod.Week, language);

        Assert.Equal(["revenue", "leads", "orders"], data.Headlines.Select(series => series.MetricKey));
        Assert.Equal(names, data.Headlines.Select(series => series.Name));
        Assert.Equal("Маркетинг B2B", data.TeamName);
    }

    [Theory]
    [InlineData(DigestChartPeriod.Week)]
    [InlineData(DigestChartPeriod.Month)]
    public void Build_Bars_ThePeriodsFiguresOfEveryMetricWithAPlan(DigestChartPeriod period)
    {
        var report = _team.Scorecards.Build(Week48);

        var data = _team.Chart(Week48, period);

        var expected = report.Metrics
            .Select(score => (score.Metric.Key, Figures: period == DigestChartPeriod.Month ? score.Month : score.Week))
            .Where(row => row.Figures.Plan is not null)
            .Select(row => (row.Key, row.Figures.Attainment, row.Figures.Zone));
        Assert.Equal(expected, data.Attainment.Select(bar => (bar.MetricKey, bar.Attainment, bar.Zone)));
        Assert.Equal(["leads", "ad_spend", "qualification_rate", "revenue", "orders"], data.Attainment.Select(bar => bar.MetricKey));
        Assert.Equal(period, data.Period);
    }

    [Fact]
    public void Build_WeekWithPlanOverriddenToZero_BarWithoutAttainmentStillShown()
    {
        var orders = _team.Chart(new IsoWeek(2026, 10), DigestChartPeriod.Week).Attainment.Single(bar => bar.MetricKey == "orders");

        Assert.Equal(new AttainmentBar("orders", "Заказы", null, Zone.Green), orders);
    }

    [Fact]
    public void Build_WeekWithoutValues_BarsSayNoDataInsteadOfZero()
    {
        // Values stop at W48; the plans go on.
        var bars = _team.Chart(new IsoWeek(2026, ChartTeamDatabase.LastWeekWithValues + 2), DigestChartPeriod.Week).Attainment;

        Assert.NotEmpty(bars);
        Assert.All(bars, bar => Assert.Equal((false, null, Zone.None), (bar.HasValue, bar.Attainment, bar.Zone)));
    }
}
