using FunnelBot.Storage;
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
}
