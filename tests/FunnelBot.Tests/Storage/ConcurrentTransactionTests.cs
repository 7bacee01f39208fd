using LiteDB;

namespace FunnelBot.Tests.Storage;

/// <summary>
/// Transactions of different threads run one after the other: two that write the same collections in opposite orders
/// (an update's reply and the retention job) cannot hold each other's locks until LiteDB's lock timeout.
/// </summary>
public sealed class ConcurrentTransactionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SecondThreadsTransaction_StartsOnlyAfterTheFirstCommitted_AndSeesItsWrites()
    {
        using var store = new StoreFixture();
        var first = store.Database.Collection<BsonDocument>("first");
        var second = store.Database.Collection<BsonDocument>("second");
        Task<int>? other = null;
        var finishedWhileTheFirstWasOpen = false;

        store.Database.InTransaction(() =>
        {
            first.Insert(new BsonDocument { ["_id"] = 1 });

            // The other thread writes the two collections in the opposite order.
            other = Task.Factory.StartNew(
                () => store.Database.InTransaction(() =>
                {
                    second.Insert(new BsonDocument { ["_id"] = 2 });
                    first.Insert(new BsonDocument { ["_id"] = 3 });
                    return first.Count();
                }),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);

            // Without one transaction at a time it would have written "second" by now and be waiting for "first".
            finishedWhileTheFirstWasOpen = other.Wait(TimeSpan.FromMilliseconds(300));
            second.Insert(new BsonDocument { ["_id"] = 4 });
            return 0;
        });

        Assert.False(finishedWhileTheFirstWasOpen);
        Assert.Equal(2, await other!.WaitAsync(Timeout));
        Assert.Equal(2, second.Count());
    }

    [Fact]
    public void NestedTransaction_OnTheSameThread_JoinsTheOuterOneWithoutWaiting()
    {
        using var store = new StoreFixture();
        var collection = store.Database.Collection<BsonDocument>("values");

        var inner = store.Database.InTransaction(() =>
        {
            collection.Insert(new BsonDocument { ["_id"] = 1 });
            return store.Database.InTransaction(() =>
            {
                collection.Insert(new BsonDocument { ["_id"] = 2 });
                return collection.Count();
            });
        });

        Assert.Equal(2, inner);
        Assert.Equal(2, collection.Count());
    }
}
