using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.Tests.Storage;

/// <summary>A store's bulk write inside an update's transaction joins it: one commit, one rollback for all.</summary>
public sealed class NestedTransactionTests
{
    private static readonly ChangeAuthor Maria = new("maria", ChangeSource.Chat);

    [Fact]
    public void SetAll_InsideOuterTransactionThatThrows_NothingStored()
    {
        using var store = new StoreFixture();

        Assert.Throws<InvalidOperationException>(() => store.Database.InTransaction<bool>(() =>
        {
            store.Plans.SetAll([PlanEntry.ForWeek("leads", new IsoWeek(2026, 52), 0m, "away")], Maria);
            throw new InvalidOperationException("the update failed after the plans were written");
        }));

        Assert.Equal(0, store.Plans.Count());
    }

    [Fact]
    public void SetAll_InsideOuterTransaction_CommittedWithIt()
    {
        using var store = new StoreFixture();

        var changed = store.Database.InTransaction(() =>
            store.Plans.SetAll([PlanEntry.ForWeek("leads", new IsoWeek(2026, 52), 0m, "away")], Maria));

        Assert.Equal(1, changed);
        Assert.Equal(0m, store.Plans.Get("leads|2026-W52")?.Value);
    }
}
