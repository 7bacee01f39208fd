using System.Text;
using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class ImportHistoryTests
{
    [Fact]
    public async Task ImportActuals_ReplacingAValue_KeepsTheOldOneInHistory_SameValueAddsNone()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.Run("import", "actuals", cli.Csv("a1.csv", "metric,week,value", "leads,2026-W10,12"))).ExitCode);
        var replaced = await cli.Run("import", "actuals", cli.Csv("a2.csv", "metric,week,value", "leads,2026-W10,15"));
        var again = await cli.Run("import", "actuals", cli.Csv("a3.csv", "metric,week,value", "leads,2026-W10,15"));

        Assert.Equal("a2.csv: imported 1 weekly values, 1 changed, 0 unchanged.", replaced.Output.TrimEnd());
        Assert.Equal("a3.csv: imported 1 weekly values, 0 changed, 1 unchanged.", again.Output.TrimEnd());
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var values = new WeeklyValueStore(database, new ChangeHistory(database, cli.Time));
        Assert.Equal(15m, values.Get("leads", new IsoWeek(2026, 10)));
        var history = values.History("leads", new IsoWeek(2026, 10));
        Assert.Equal([(null, 12m), (12m, 15m)], history.Select(entry => (entry.OldValue, entry.NewValue)));
        Assert.All(history, entry => Assert.Equal((ChangeSource.Import, "cli"), (entry.Source, entry.Who)));
    }

    [Fact]
    public async Task Import_WithPasswordFromEnvironment_WritesAnEncryptedFile()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Storage__Password"] = "s3cret";

        var result = await cli.Run("import", "actuals", cli.Csv("a.csv", "metric,week,value", "qualified,2026-W10,12"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("qualified", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(cli.DatabasePath)), StringComparison.Ordinal);
        cli.Environment.Remove("FUNNELBOT_Storage__Password");
        var withoutPassword = await cli.Run("report");
        Assert.Equal(2, withoutPassword.ExitCode);
        Assert.StartsWith("Storage.Password: cannot open ", withoutPassword.Error, StringComparison.Ordinal);
    }
}
