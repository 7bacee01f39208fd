using FunnelBot.Domain.Periods;
using FunnelBot.Storage;
using FunnelBot.Tests.Storage;

namespace FunnelBot.Tests.AbTests;

public sealed class AbTestStoreTests : IDisposable
{
    private readonly StoreFixture _fixture = new();
    private readonly AbTestStore _store;

    public AbTestStoreTests()
    {
        _store = new AbTestStore(_fixture.Database, _fixture.Time);
    }

    [Fact]
    public void Create_NumbersFromOne_AndKeepsWhatWasAskedFor()
    {
        var first = _store.Create(Test("Subject line"));
        var second = _store.Create(Test("Landing page"));

        Assert.Equal(1, first.Id);
        Assert.Equal(2, second.Id);
        var stored = _store.Find(1)!;
        Assert.Equal("ad_clicks", stored.TrialMetric);
        Assert.Equal("ad_leads", stored.ConversionMetric);
        Assert.Equal(new DateOnly(2026, 3, 2), stored.StartDate);
        Assert.Null(stored.EndDate);
        Assert.Equal(AbTestStatus.Running, stored.Status);
        Assert.Equal([1, 2], _store.Running().Select(t => t.Id));
    }

    [Fact]
    public void Record_SameWeekTwice_ReplacesIt_AndKeepsTheSource()
    {
        var test = _store.Create(Test("Subject line"));
        var week = new IsoWeek(2026, 10);

        _store.Record(test.Id, new AbTestWeekNumbers(week, 40, 4, 30, 6), new ChangeAuthor("anna", ChangeSource.Chat));
        _store.Record(test.Id, new AbTestWeekNumbers(week, 41, 5, 31, 7), new ChangeAuthor("cli", ChangeSource.Import));
        _store.Record(test.Id, new AbTestWeekNumbers(week.Next, 10, 1, 10, 2), new ChangeAuthor("anna", ChangeSource.Chat));

        var weeks = _store.Weeks(test.Id);
        Assert.Equal(2, weeks.Count);
        Assert.Equal("1|2026-W10", weeks[0].Id);
        Assert.Equal(41, weeks[0].TrialsA);
        Assert.Equal(ChangeSource.Import, weeks[0].Source);
        Assert.Equal(week.Next, new IsoWeek(weeks[1].IsoYear, weeks[1].Week));
    }

    [Fact]
    public void Finish_RecordsTheDecision_AndListsItAmongTheFinished()
    {
        var test = _store.Create(Test("Subject line"));
        _store.Create(Test("Landing page"));

        _store.Finish(test.Id, "Keep the question in the subject", "maria");

        var finished = Assert.Single(_store.Finished());
        Assert.Equal("Keep the question in the subject", finished.Decision);
        Assert.Equal("maria", finished.FinishedBy);
        Assert.Equal([2], _store.Running().Select(t => t.Id));
    }

    public void Dispose() => _fixture.Dispose();

    private static NewAbTest Test(string name) =>
        new(name, "ad_clicks", "ad_leads", "Old", "New", "anna", new DateOnly(2026, 3, 2), null, "maria");
}
