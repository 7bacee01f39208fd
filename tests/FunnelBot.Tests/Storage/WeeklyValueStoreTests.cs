using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.Tests.Storage;

public sealed class WeeklyValueStoreTests
{
    private static readonly IsoWeek W10 = new(2026, 10);
    private static readonly ChangeAuthor Anna = new("anna", ChangeSource.Chat);

    [Fact]
    public void Set_NewThenReplaced_KeepsOldValueInHistory()
    {
        using var store = new StoreFixture();
        store.Values.Set(new WeeklyValue("leads", W10, 12m), Anna);
        store.Time.Advance(TimeSpan.FromHours(2));

        var changed = store.Values.Set(new WeeklyValue("leads", W10, 15m), ChangeAuthor.CliImport);

        Assert.True(changed);
        Assert.Equal(15m, store.Values.Get("leads", W10));
        var history = store.Values.History("leads", W10);
        Assert.Equal(2, history.Count);
        Assert.Equal((null, 12m, "anna", ChangeSource.Chat), (history[0].OldValue, history[0].NewValue, history[0].Who, history[0].Source));
        Assert.Equal((12m, 15m, "cli", ChangeSource.Import), (history[1].OldValue, history[1].NewValue, history[1].Who, history[1].Source));
        Assert.Equal(new DateTime(2026, 3, 9, 9, 30, 0, DateTimeKind.Utc), history[1].At); // 07:30 + 2 h, read back as UTC
        Assert.Equal(DateTimeKind.Utc, history[1].At.Kind);
    }

    [Fact]
    public void Set_SameValueAgain_ChangesNothingAndAddsNoHistory()
    {
        using var store = new StoreFixture();
        store.Values.Set(new WeeklyValue("leads", W10, 12m), Anna);

        var changed = store.Values.Set(new WeeklyValue("leads", W10, 12.0m), ChangeAuthor.Cli);

        Assert.False(changed);
        Assert.Single(store.Values.History("leads", W10));
        Assert.Equal(1, store.Values.Count());
    }

    [Fact]
    public void SetAll_FailingHalfway_StoresNothing()
    {
        using var store = new StoreFixture();
        IEnumerable<WeeklyValue> Values()
        {
            yield return new WeeklyValue("leads", W10, 1m);
            throw new InvalidOperationException("the source broke");
        }

        Assert.Throws<InvalidOperationException>(() => store.Values.SetAll(Values(), Anna));

        Assert.Equal(0, store.Values.Count());
        Assert.Equal(0, store.History.Count());
        Assert.Empty(store.Values.LoadYears(2026, 2026));
    }

    [Fact]
    public void LoadYears_ValueChangedAndOthersAdded_ReadsTheLatestOfEach()
    {
        using var store = new StoreFixture();
        store.Values.Set(new WeeklyValue("leads", W10, 1m), Anna);
        store.Values.Set(new WeeklyValue("leads", W10.Next, 0m), Anna);
        store.Values.Set(new WeeklyValue("leads", W10, 5m), Anna);
        store.Values.Set(new WeeklyValue("orders", new IsoWeek(2026, 53), 2m), Anna);

        var loaded = store.Values.LoadYears(2026, 2026);

        Assert.Equal([(W10, 5m), (W10.Next, 0m)], loaded["leads"].OrderBy(w => w.Key).Select(w => (w.Key, w.Value)));
        Assert.Equal(2m, Assert.Single(loaded["orders"]).Value);
    }

    [Fact]
    public void YearRowsRebuilt_TwiceFromTheStoredValues_ReadTheSameAsWritten()
    {
        using var store = new StoreFixture();
        store.Values.SetAll(
            [new WeeklyValue("leads", W10, 1m), new WeeklyValue("leads", new IsoWeek(2025, 52), 2m), new WeeklyValue("orders", W10, 3m)], Anna);
        var written = store.Values.LoadYears(2025, 2026);

        new YearRowsBuilt().Apply(store.Database);
        new YearRowsBuilt().Apply(store.Database);

        var rebuilt = store.Values.LoadYears(2025, 2026);
        Assert.Equal(written.Keys.Order(), rebuilt.Keys.Order());
        Assert.All(written, metric => Assert.Equal(metric.Value.OrderBy(w => w.Key), rebuilt[metric.Key].OrderBy(w => w.Key)));
        Assert.Equal(2, store.Database.Raw(WeeklyValueYears.CollectionName).Count(LiteDB.Query.EQ("IsoYear", 2026)));
    }

    [Fact]
    public void LoadYears_ReturnsOnlyTheAskedIsoYears()
    {
        using var store = new StoreFixture();
        store.Values.SetAll(
            [
                new WeeklyValue("leads", new IsoWeek(2024, 52), 1m),
                new WeeklyValue("leads", new IsoWeek(2025, 1), 2m),
                new WeeklyValue("leads", new IsoWeek(2026, 53), 3m),
                new WeeklyValue("orders", new IsoWeek(2027, 1), 4m),
            ],
            Anna);

        var loaded = store.Values.LoadYears(2025, 2026);

        Assert.Equal(["leads"], loaded.Keys);
        Assert.Equal([new IsoWeek(2025, 1), new IsoWeek(2026, 53)], loaded["leads"].Keys.Order());
        Assert.Equal(3m, loaded["leads"][new IsoWeek(2026, 53)]);
    }

    [Fact]
    public void Set_StoresEnteredAtAndTheDeterministicId()
    {
        using var store = new StoreFixture();

        store.Values.Set(new WeeklyValue("leads", W10, 12m), Anna);

        var document = store.Database.Collection<WeeklyValueDocument>(WeeklyValueStore.CollectionName).FindById("leads|2026-W10");
        Assert.NotNull(document);
        Assert.Equal(new DateTime(2026, 3, 9, 7, 30, 0, DateTimeKind.Utc), document.EnteredAt);
        Assert.Equal((2026, 10, "anna"), (document.IsoYear, document.Week, document.EnteredBy));
    }
}
