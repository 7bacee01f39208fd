using FunnelBot.Domain.Periods;
using FunnelBot.Hosting;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.Tests.Storage;

public sealed class StorageStartupTests
{
    [Fact]
    public async Task StartAsync_CreatesTheFileWithItsFolderAndEnsuresIndexes()
    {
        using var folder = new TempFolder();
        var path = folder.File("nested/data/funnelbot.db");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(new TestConfig().WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", path)]);
        builder.AddFunnelBot();
        using (var host = builder.Build())
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        Assert.True(File.Exists(path));
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var indexes = database.GetCollection("$indexes").FindAll().Select(index => $"{index["collection"].AsString}.{index["name"].AsString}").ToList();
        Assert.Contains($"{WeeklyValueStore.CollectionName}.IsoYear", indexes);
        Assert.Contains($"{WeeklyValueYears.CollectionName}.IsoYear", indexes);
        Assert.Contains($"{PlanYears.CollectionName}.Year", indexes);
        Assert.Contains($"{PlanStore.CollectionName}.Year", indexes);
        Assert.Contains($"{ChangeHistory.CollectionName}.DocumentId", indexes);
    }

    [Theory]
    [InlineData(null, DatabaseKind.Team)]
    [InlineData(DatabaseKind.Team, DatabaseKind.Team)]
    [InlineData(DatabaseKind.Sandbox, DatabaseKind.Sandbox)]
    public async Task StartAsync_ExistingDatabase_RecordedAsTeamUnlessItHasARecord(DatabaseKind? recorded, DatabaseKind expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        using (var database = new FunnelDatabase(path, null))
        {
            new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System))
                .Set(new WeeklyValue("leads", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);
            if (recorded is { } kind)
            {
                new DatabaseInfoStore(database, TimeProvider.System).RecordIfMissing(kind);
            }
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(new TestConfig().WriteTo(folder));
        builder.Configuration.AddInMemoryCollection([new("Storage:Path", path)]);
        builder.AddFunnelBot();
        using (var host = builder.Build())
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        using var reopened = new FunnelDatabase(path, null);
        Assert.Equal(expected, new DatabaseInfoStore(reopened, TimeProvider.System).Find()?.Kind);
        Assert.Equal(12m, new WeeklyValueStore(reopened, new ChangeHistory(reopened, TimeProvider.System)).Get("leads", new IsoWeek(2026, 10)));
    }
}
