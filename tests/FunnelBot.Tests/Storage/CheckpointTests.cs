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
    public async Task InTransaction_LogGrowsPastTheThreshold_CheckpointedAfterTheCommit()
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

        // The checkpoint runs on a thread of its own, so the commit that crossed the line does not wait for it.
        await FunnelBot.Tests.Bot.Support.Eventually.TrueAsync(() => fixture.Database.FileSizes().Log == 0, TimeSpan.FromSeconds(20));
        var sizes = fixture.Database.FileSizes();
        Assert.True(sizes.Data > FunnelDatabase.CheckpointLogBytes, $"the data file has the 9 MB: {sizes.Data} bytes");
    }

    [Fact]
    public async Task Checkpoint_FailsOnItsOwnThread_TheCommitStays_TheNextTransactionFailsWithIt_TheOneAfterGoesOn()
    {
        using var fixture = new StoreFixture();
        var notes = fixture.Database.Raw("test_large_notes");
        var text = new string('x', 3 * 1024 * 1024);
        fixture.Database.Faults.FailCheckpoint(new IOException("No space left on device"));

        fixture.Database.InTransaction(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                notes.Insert(new BsonDocument { ["_id"] = i, ["Text"] = text });
            }

            return true;
        });

        // The commit that crossed the line returned; the checkpoint failed after it, and the log kept what it holds.
        Assert.Equal(3, notes.Count());
        IOException? failed = null;
        await FunnelBot.Tests.Bot.Support.Eventually.TrueAsync(
            () =>
            {
                try
                {
                    fixture.Database.InTransaction(() => true);
                    return false;
                }
                catch (IOException exception)
                {
                    failed = exception;
                    return true;
                }
            },
            TimeSpan.FromSeconds(20));

        Assert.Equal("No space left on device", failed!.Message);
        Assert.True(fixture.Database.InTransaction(() => true));

        // That commit queued the checkpoint again, and this one merged the log.
        await FunnelBot.Tests.Bot.Support.Eventually.TrueAsync(() => fixture.Database.FileSizes().Log == 0, TimeSpan.FromSeconds(20));
        Assert.Equal(3, notes.Count());
    }
}
