using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting.Charts;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.Tests.Reporting.Charts;

namespace FunnelBot.Tests.Digest;

/// <summary>
/// <c>/chart leads</c>'s data and picture from the chart team's database: 13 weeks of actual, plan and last year, the
/// figures of the scorecard engine, missing weeks as gaps. To look at it:
/// <c>FUNNELBOT_TREND_EXAMPLE=/tmp/trend.png dotnet test tests/FunnelBot.Tests --filter "FullyQualifiedName~MetricTrendChart"</c>.
/// </summary>
public sealed class MetricTrendChartTests : IClassFixture<ChartTeamDatabase>
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly ChartTeamDatabase _team;
    private readonly MetricTrendChart _chart;

    public MetricTrendChartTests(ChartTeamDatabase team)
    {
        _team = team;
        _chart = new MetricTrendChart(team.Configuration, team.Scorecards, new MetricTrendRenderer());
    }

    private MetricDefinition Leads => _team.Configuration.FindMetric("leads")!;

    [Fact]
    public void Data_Week48_ThirteenWeeksOfActualAndLastYearAsStored()
    {
        var data = _chart.Data(Leads, new IsoWeek(2026, 48), Russian);

        Assert.Equal(MetricTrendChart.Weeks, data.Weeks.Count);
        Assert.Equal(Enumerable.Range(36, 13).Select(week => (decimal?)ChartTeamDatabase.Leads2026(week)), data.Weeks.Select(week => week.Actual));
        Assert.Equal(Enumerable.Range(36, 13).Select(week => (decimal?)ChartTeamDatabase.Leads2025(week)), data.Weeks.Select(week => week.LastYear));
        Assert.Equal("31 авг.", data.Weeks[0].Label);
        Assert.Equal("23 нояб.", data.Weeks[^1].Label);
        Assert.Equal("Лиды по неделям, 31 августа – 29 ноября", data.Title);
    }

    [Fact]
    public void Data_AnyWeek_PlanIsTheScorecardsWeekPlan()
    {
        var week = new IsoWeek(2026, 48);
        var input = _team.Scorecards.LoadInput(week);
        var engine = new ScorecardEngine(_team.Configuration.Team.Zones);

        var data = _chart.Data(Leads, week, English);

        var expected = Enumerable.Range(0, 13).Select(back => engine.WeekFigures(Leads, week.AddWeeks(back - 12), input)?.Plan);
        Assert.Equal(expected, data.Weeks.Select(point => point.Plan));
        Assert.Contains(data.Weeks, point => point.Plan is > 0);
    }

    [Fact]
    public void Data_WeeksWithoutValues_AreGapsNotZeros()
    {
        var data = _chart.Data(Leads, new IsoWeek(2026, 50), English);

        Assert.Equal([null, null], data.Weeks.TakeLast(2).Select(week => week.Actual));
        Assert.Equal(ChartTeamDatabase.Leads2026(48), data.Weeks[^3].Actual);
        Assert.Equal("7–13 December: actual —, plan " + Format(data.Weeks[^1].Plan) + ", last year " + Format(data.Weeks[^1].LastYear), data.Subtitle);
    }

    [Fact]
    public void Render_Week50_SquarePhoneSizedPngThatDiffersFromEmpty()
    {
        var png = _chart.Render(_chart.Data(Leads, new IsoWeek(2026, 50), Russian), Russian);
        if (Environment.GetEnvironmentVariable("FUNNELBOT_TREND_EXAMPLE") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, png);
        }

        using var image = PngImage.Decode(png);
        var empty = new MetricTrendRenderer().Render(new MetricTrendData("Лиды", string.Empty, MetricUnit.Count, false, []), Russian);
        Assert.Equal((1080, 1080), (image.Width, image.Height));
        Assert.NotEqual(empty, png);
    }

    private string Format(decimal? value) => FunnelBot.Reporting.MetricValueText.Format(value, Leads, English);
}
