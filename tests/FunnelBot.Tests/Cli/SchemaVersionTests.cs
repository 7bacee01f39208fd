using FunnelBot.Storage;
using FunnelBot.Tests.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class SchemaVersionTests
{
    [Fact]
    public async Task Report_PreviousReleaseDatabase_OpensMigratedWithItsData()
    {
        using var cli = new CliRun();
        PreviousRelease.Write(cli.DatabasePath);

        var leads = await WeekActual.ReadAsync(cli, "leads", "2026-W10");

        Assert.Equal(12m, leads);
        using var database = new FunnelDatabase(cli.DatabasePath, null);
        Assert.Equal(SchemaMigrations.All[^1].Version, new DatabaseInfoStore(database, TimeProvider.System).Find()?.SchemaVersion);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StartOrCommand_NewerSchema_StopsWithTwoAndOneLine(bool runBot)
    {
        using var cli = new CliRun();
        using (var database = new FunnelDatabase(cli.DatabasePath, null))
        {
            var info = new DatabaseInfoStore(database, TimeProvider.System);
            info.RecordIfMissing(DatabaseKind.Team);
            info.SetSchemaVersion(SchemaMigrations.All[^1].Version + 1);
        }

        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first

        var result = await (runBot ? cli.Run() : cli.Run("report")).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"Storage.Path: the database '{cli.DatabasePath}' has schema version {SchemaMigrations.All[^1].Version + 1}, newer than this release knows ({SchemaMigrations.All[^1].Version}): run the release that wrote it, or restore a backup made by this release",
            result.Error.Trim());
    }
}
