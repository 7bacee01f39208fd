using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// Importing a file again that changes nothing writes nothing: no history entry, no document update, a database file
/// of the same size. The files set some values twice (a year row, then its months; one week twice), as exports and
/// hand-made files do; only the last row of each counts.
/// </summary>
public sealed class ReimportGrowthTests
{
    [Fact]
    public async Task ImportPlansAndActuals_SameFilesAgain_HistoryAndFileSizeDoNotGrow()
    {
        using var cli = new CliRun();
        var plans = cli.Csv(
            "plans.csv",
            "metric,period,value,note",
            "leads,2026,1200,",
            "leads,2026-03,150,spring fair",
            "leads,2026-W10,40,fair week",
            "ad_spend,2026-04,5000.50,",
            "qualification_rate,2026,0.4,");
        var actuals = cli.Csv("actuals.csv", "metric,week,value", "leads,2026-W09,30", "leads,2026-W10,35", "leads,2026-W10,38", "ad_spend,2026-W10,1200.5");

        var firstPlans = await cli.Run("import", "plans", plans);
        var firstActuals = await cli.Run("import", "actuals", actuals);
        var (historyAfterFirst, valuesAfterFirst) = Counts(cli);
        var sizeAfterFirst = DatabaseSize(cli);
        var secondPlans = await cli.Run("import", "plans", plans);
        var secondActuals = await cli.Run("import", "actuals", actuals);

        // 12 months from the year row, then March again, a week override, April's spend, the ratio's target: 15 plans.
        Assert.Equal("plans.csv: imported 16 plan entries (a year row gives 12 months), 15 changed, 0 unchanged.", firstPlans.Output.TrimEnd());
        Assert.Equal("actuals.csv: imported 4 weekly values, 3 changed, 0 unchanged.", firstActuals.Output.TrimEnd());
        Assert.Equal("plans.csv: imported 16 plan entries (a year row gives 12 months), 0 changed, 15 unchanged.", secondPlans.Output.TrimEnd());
        Assert.Equal("actuals.csv: imported 4 weekly values, 0 changed, 3 unchanged.", secondActuals.Output.TrimEnd());
        Assert.Equal((15 + 3, 3), (historyAfterFirst, valuesAfterFirst));
        Assert.Equal((historyAfterFirst, valuesAfterFirst), Counts(cli));
        Assert.Equal(sizeAfterFirst, DatabaseSize(cli));
        AssertMarchAndWeekTen(cli);
    }

    [Fact]
    public async Task ImportPlans_OneMonthChanged_OneHistoryEntryWithOldAndNew()
    {
        using var cli = new CliRun();
        await cli.Run("import", "plans", cli.Csv("p1.csv", "metric,period,value", "leads,2026,1200", "leads,2026-03,150"));
        var (historyBefore, _) = Counts(cli);

        var changed = await cli.Run("import", "plans", cli.Csv("p2.csv", "metric,period,value", "leads,2026,1200", "leads,2026-03,160"));

        Assert.Equal("p2.csv: imported 13 plan entries (a year row gives 12 months), 1 changed, 11 unchanged.", changed.Output.TrimEnd());
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var history = new ChangeHistory(database, cli.Time);
        Assert.Equal(historyBefore + 1, history.Count());
        var march = history.Of(PlanStore.CollectionName, "leads|2026-03");
        Assert.Equal([(null, 150m), (150m, 160m)], march.Select(entry => (entry.OldValue, entry.NewValue)));
        Assert.All(march, entry => Assert.Equal((ChangeSource.Import, "cli"), (entry.Source, entry.Who)));
    }

    private static (int History, int Values) Counts(CliRun cli)
    {
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var history = new ChangeHistory(database, cli.Time);
        return (history.Count(), new WeeklyValueStore(database, history).Count());
    }

    private static void AssertMarchAndWeekTen(CliRun cli)
    {
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var history = new ChangeHistory(database, cli.Time);
        var plans = new PlanStore(database, history);
        var values = new WeeklyValueStore(database, history);
        Assert.Equal((150m, "spring fair"), (plans.Get("leads|2026-03")!.Value, plans.Get("leads|2026-03")!.Note));
        Assert.Equal(38m, values.Get("leads", new IsoWeek(2026, 10)));
        Assert.Equal([(null, 38m)], values.History("leads", new IsoWeek(2026, 10)).Select(entry => (entry.OldValue, entry.NewValue)));
    }

    /// <summary>The database file and its LiteDB log, whichever exist.</summary>
    private static long DatabaseSize(CliRun cli) =>
        new[] { cli.DatabasePath, FunnelDatabase.LogFileOf(Path.GetFullPath(cli.DatabasePath)) }
            .Where(File.Exists)
            .Sum(file => new FileInfo(file).Length);
}
