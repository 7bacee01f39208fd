using FunnelBot.Storage;
using FunnelBot.Tests.SandboxMode;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class DatabaseRecordTests
{
    [Fact]
    public async Task Import_NewDatabase_RecordedAsTeam()
    {
        using var cli = new CliRun();

        var result = await cli.Run("import", "actuals", cli.Csv("a.csv", "metric,week,value", "leads,2026-W10,12"));

        Assert.True(result.ExitCode == 0, result.Error);
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        var record = new DatabaseInfoStore(database, cli.Time).Find();
        Assert.Equal((DatabaseKind.Team, cli.Time.GetUtcNow().UtcDateTime), (record?.Kind, record?.RecordedAt));
    }

    [Fact]
    public async Task Report_OlderReleasesDatabase_RecordedAsTeamAndItsDataKept()
    {
        using var cli = new CliRun();
        NotSandboxDatabase.Create(NotSandboxFile.OlderRelease, cli.DatabasePath);

        var result = await cli.Run("report", "--week", "2026-W10");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(DatabaseFileKind.Team, DatabaseFileInspector.Inspect(cli.DatabasePath).Kind);
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        Assert.Equal(12m, new WeeklyValueStore(database, new ChangeHistory(database, cli.Time)).Get("leads", NotSandboxDatabase.Week));
    }
}
