using System.Text.Json;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// <c>report</c> on a database holding a value above the bound (as a release before the bound could store it, and its
/// year row as the migration to year rows made it): the other metrics are reported, the bad one is named as not computable, in the table and in the JSON.
/// </summary>
public sealed class ReportUnavailableMetricTests
{
    [Fact]
    public async Task Report_ValueAboveTheBoundInTheDatabase_OthersReportedAndTheMetricNamed()
    {
        using var cli = new CliRun(new TestConfig().WithCostPerLead()); // two ratios over leads: both cannot be computed
        await cli.Run("import", "actuals", cli.Csv("a.csv", "metric,week,value", "leads,2026-W10,12", "qualified,2026-W10,5"));
        using (var database = new FunnelDatabase(cli.DatabasePath, null))
        {
            var week = new IsoWeek(2026, 10);
            database.Collection<WeeklyValueDocument>(WeeklyValueStore.CollectionName).Upsert(new WeeklyValueDocument
            {
                Id = WeeklyValueStore.IdOf("leads", week),
                Metric = "leads",
                IsoYear = week.Year,
                Week = week.Week,
                Value = 79_000_000_000_000_000_000_000_000_000m,
                EnteredBy = "cli",
                Source = ChangeSource.Import,
            });
            new YearRowsBuilt().Apply(database); // as the migration to year rows made them from such a value
        }

        var json = await cli.Run("report", "--week", "2026-W10", "--json");
        var table = await cli.Run("report", "--week", "2026-W10");

        Assert.True(json.ExitCode == 0, json.Error);
        using var report = JsonDocument.Parse(json.Output);
        var metrics = report.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("key").GetString()).ToList();
        Assert.Contains("qualified", metrics);
        Assert.DoesNotContain("leads", metrics);
        Assert.Equal(["leads", "qualification_rate", "cost_per_lead"], report.RootElement.GetProperty("unavailable").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("leads: the figures cannot be computed (a stored value or plan above 1000000000000000)", table.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^qualified\s+anna\s+5\s", table.Output);
    }
}
