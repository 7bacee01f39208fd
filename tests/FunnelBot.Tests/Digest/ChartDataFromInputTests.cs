using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Reporting.Charts;
using FunnelBot.Scorecards;
using FunnelBot.Tests.Bot.Support;
using FunnelBot.Tests.Scheduling;

namespace FunnelBot.Tests.Digest;

/// <summary>The digest draws its chart from its own input; the data must equal what the chart's own builder reads from the store.</summary>
public sealed class ChartDataFromInputTests : IAsyncLifetime
{
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        var configuration = ScheduleTestHost.DisabledSchedule(TestTeam.Configuration());
        configuration["Team"]!["HeadlineMetrics"] = new System.Text.Json.Nodes.JsonArray("leads", "qualification_rate");
        _bot = await BotTestHost.StartAsync(configuration, ScheduleTestHost.MondayBeforeDigest);
        ScheduleTestHost.SeedNovember(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(DigestChartPeriod.Week, "en")]
    [InlineData(DigestChartPeriod.Month, "ru")]
    public void Build_FromTheDigestInput_EqualsTheChartBuilderFromTheStore(DigestChartPeriod period, string language)
    {
        var week = new IsoWeek(2026, 48);
        var expected = _bot.Service<DigestChartDataBuilder>().Build(week, period, language);

        var actual = new ChartDataFromInput(_bot.Service<TeamConfiguration>())
            .Build(week, period, _bot.Service<ScorecardService>().LoadInput(week), language);

        Assert.Equal((expected.TeamName, expected.Period, expected.ReportWeek), (actual.TeamName, actual.Period, actual.ReportWeek));
        Assert.Equal(expected.Attainment, actual.Attainment);
        Assert.Equal(expected.Headlines.Select(s => (s.MetricKey, s.Name, s.Unit, s.IsRatio)), actual.Headlines.Select(s => (s.MetricKey, s.Name, s.Unit, s.IsRatio)));
        Assert.Equal(expected.Headlines.SelectMany(s => s.Points), actual.Headlines.SelectMany(s => s.Points));
        Assert.Equal(2, actual.Headlines.Count);
    }
}
