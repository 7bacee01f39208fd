using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using LiteDB;

namespace FunnelBot.Tests.Storage;

public sealed class CheckpointTests
{
    [Fact]
    public void Open_AutomaticCheckpointsOff_CommitsStayInTheLogUntilACheckpoint()
    {
        using var fixture = new StoreFixture();
        var dataBefore = fixture.Database.FileSizes().Data;

        fixture.Values.Set(new WeeklyValue("leads", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);
        var afterCommit = fixture.Database.FileSizes();
        fixture.Database.Checkpoint();
        var afterCheckpoint = fixture.Database.FileSizes();

        Assert.Equal(dataBefore, afterCommit.Data);
        Assert.True(afterCommit.Log > 0, "the commit is in the log");
        Assert.Equal(0, afterCheckpoint.Log);
        Assert.True(afterCheckpoint.Data > dataBefore, "the checkpoint wrote the data file");
    }

    [Fact]
    public void Dispose_MergesTheLogAndLeavesNoLogFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        using (var database = new FunnelDatabase(path, null))
        {
            new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System)).Set(new WeeklyValue("leads", new IsoWeek(2026, 10), 12m), ChangeAuthor.Cli);
        }

        Assert.False(File.Exists(FunnelDatabase.LogFileOf(path)));
        using var raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        Assert.Equal(0, raw.CheckpointSize);
        Assert.Equal(1, raw.GetCollection(WeeklyValueStore.CollectionName).Count());
    }

    [Fact]
    public void InTransaction_LogGrowsPastTheThreshold_CheckpointedAfterTheCommit()
    {
        using var fixture = new StoreFixture();
        var notes = fixture.Database.Raw("test_large_notes");
        var text = new string('x', 3 * 1024 * 1024);

        fixture.Database.InTransaction(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                notes.Insert(new BsonDocument { ["_id"] = i, ["Text"] = text });
            }

            return true;
        });

        var sizes = fixture.Database.FileSizes();
        Assert.Equal(0, sizes.Log);
        Assert.True(sizes.Data > FunnelDatabase.CheckpointLogBytes, $"the data file has the 9 MB: {sizes.Data} bytes");
    }
}
