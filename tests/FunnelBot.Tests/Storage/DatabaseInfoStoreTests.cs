using FunnelBot.Storage;

namespace FunnelBot.Tests.Storage;

public sealed class DatabaseInfoStoreTests
{
    [Fact]
    public void RecordIfMissing_NewDatabase_WritesTheKindAndTheTime()
    {
        using var store = new StoreFixture();
        var info = new DatabaseInfoStore(store.Database, store.Time);

        var written = info.RecordIfMissing(DatabaseKind.Sandbox);

        Assert.Equal((DatabaseKind.Sandbox, store.Time.GetUtcNow().UtcDateTime), (written.Kind, written.RecordedAt));
        Assert.Equal((DatabaseKind.Sandbox, written.RecordedAt), (info.Find()?.Kind, info.Find()?.RecordedAt));
    }

    [Fact]
    public void RecordIfMissing_AlreadyRecorded_KeepsTheFirstRecord()
    {
        using var store = new StoreFixture();
        var info = new DatabaseInfoStore(store.Database, store.Time);
        var first = info.RecordIfMissing(DatabaseKind.Sandbox);
        store.Time.Advance(TimeSpan.FromDays(3));

        var kept = info.RecordIfMissing(DatabaseKind.Team);

        Assert.Equal((DatabaseKind.Sandbox, first.RecordedAt), (kept.Kind, kept.RecordedAt));
        Assert.Equal(DatabaseKind.Sandbox, info.Find()?.Kind);
        Assert.Equal(1, store.Database.Collection<DatabaseInfoDocument>(DatabaseInfoStore.CollectionName).Count());
    }

    [Fact]
    public void Find_NoRecord_Null()
    {
        using var store = new StoreFixture();

        Assert.Null(new DatabaseInfoStore(store.Database, store.Time).Find());
    }
}
