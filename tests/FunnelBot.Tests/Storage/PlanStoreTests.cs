using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.Tests.Storage;

public sealed class PlanStoreTests
{
    private static readonly ChangeAuthor Maria = new("maria", ChangeSource.Chat);

    [Theory]
    [InlineData("month", "leads|2026-03")]
    [InlineData("week", "leads|2026-W10")]
    [InlineData("ratio", "qualification_rate|2026")]
    public void PlanEntry_Id_IsDeterministic(string kind, string expected)
    {
        var plan = kind switch
        {
            "month" => PlanEntry.ForMonth("leads", new YearMonth(2026, 3), 40m),
            "week" => PlanEntry.ForWeek("leads", new IsoWeek(2026, 10), 0m, "away"),
            _ => PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.4m),
        };

        Assert.Equal(expected, plan.Id);
    }

    [Fact]
    public void Set_NoteChangedOnly_IsAChangeWithHistory()
    {
        using var store = new StoreFixture();
        var week = new IsoWeek(2026, 10);
        store.Plans.Set(PlanEntry.ForWeek("leads", week, 0m, "away"), Maria);

        Assert.False(store.Plans.Set(PlanEntry.ForWeek("leads", week, 0m, "away"), Maria));
        Assert.True(store.Plans.Set(PlanEntry.ForWeek("leads", week, 0m, "sick leave"), Maria));

        var history = store.Plans.History("leads|2026-W10");
        Assert.Equal(2, history.Count);
        Assert.Equal(("away", "sick leave"), (history[1].OldNote, history[1].NewNote));
    }

    [Fact]
    public void MonthPlans_OriginAsStored_APlanStoredBeforeOriginsWereKeptIsManual()
    {
        using var store = new StoreFixture();
        store.Plans.SetAll([PlanEntry.ForMonth("leads", new YearMonth(2027, 1), 69m)], Maria, PlanOrigin.FromLastYear);
        store.Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2027, 2), 40m, "by hand"), Maria);
        store.Plans.Set(PlanEntry.ForWeek("leads", new IsoWeek(2027, 10), 0m, "away"), Maria);
        // As an earlier release wrote it: no Origin field.
        store.Database.Raw(PlanStore.CollectionName).Insert(new LiteDB.BsonDocument
        {
            ["_id"] = "leads|2027-03",
            ["Metric"] = "leads",
            ["Kind"] = "Month",
            ["Year"] = 2027,
            ["Number"] = 3,
            ["Value"] = 45m,
            ["UpdatedBy"] = "cli",
            ["Source"] = "Cli",
        });

        var plans = store.Plans.MonthPlans(2027).OrderBy(plan => plan.Entry.Number).ToList();

        Assert.Equal(
            [(1, PlanOrigin.FromLastYear), (2, PlanOrigin.Manual), (3, PlanOrigin.Manual)],
            plans.Select(plan => (plan.Entry.Number, plan.Origin)));
        Assert.Equal(45m, plans[2].Entry.Value);

        // The same figure again changes nothing, not even the origin.
        Assert.Equal(0, store.Plans.SetAll([PlanEntry.ForMonth("leads", new YearMonth(2027, 3), 45m)], Maria, PlanOrigin.FromLastYear));
        Assert.Equal(PlanOrigin.Manual, store.Plans.MonthPlans(2027).Single(plan => plan.Entry.Number == 3).Origin);
    }

    [Fact]
    public void LoadPlans_PlansChanged_ReadsTheLatestOfEachAndTheSameAfterTheRowsAreRebuilt()
    {
        using var store = new StoreFixture();
        var week = new IsoWeek(2026, 53);
        store.Plans.Set(PlanEntry.ForWeek("leads", week, 5m, "away"), Maria);
        store.Plans.Set(PlanEntry.ForWeek("leads", week, 0m, null), Maria);
        store.Plans.Set(PlanEntry.ForMonth("leads", new YearMonth(2026, 12), 40m), Maria);
        store.Plans.SetAll([PlanEntry.ForMonth("leads", new YearMonth(2026, 12), 44m), PlanEntry.ForRatioTarget("rate", 2026, 0.3m)], Maria);
        store.Plans.Set(PlanEntry.ForRatioTarget("rate", 2026, 0.4m), Maria);

        var written = store.Plans.LoadPlans(["leads", "rate"], 2026, 2026);
        new YearRowsBuilt().Apply(store.Database);
        new YearRowsBuilt().Apply(store.Database);
        var rebuilt = store.Plans.LoadPlans(["leads", "rate"], 2026, 2026);

        foreach (var plans in new[] { written, rebuilt })
        {
            Assert.Equal(new WeekPlanOverride(0m, null), Assert.Single(plans["leads"].WeekOverrides).Value);
            Assert.Equal(44m, Assert.Single(plans["leads"].Monthly).Value);
            Assert.Equal(0.4m, plans["rate"].RatioTarget(2026));
            Assert.Empty(plans["rate"].Monthly);
        }
    }

    [Fact]
    public void LoadPlans_BuildsMonthlyOverridesAndTargetsOfTheAskedMetrics()
    {
        using var store = new StoreFixture();
        store.Plans.SetAll(
            [
                PlanEntry.ForMonth("leads", new YearMonth(2026, 3), 48m),
                PlanEntry.ForWeek("leads", new IsoWeek(2026, 11), 0m, "away"),
                PlanEntry.ForRatioTarget("qualification_rate", 2026, 0.4m),
                PlanEntry.ForMonth("orders", new YearMonth(2026, 3), 5m),
                PlanEntry.ForMonth("leads", new YearMonth(2023, 3), 1m),
            ],
            Maria);

        var plans = store.Plans.LoadPlans(["leads", "qualification_rate"], 2025, 2026);

        Assert.Equal(["leads", "qualification_rate"], plans.Keys.Order());
        Assert.Equal(12m, plans["leads"].WeeklyPlan(new IsoWeek(2026, 10)));  // 48 / 4 weeks of March
        Assert.Equal(0m, plans["leads"].WeeklyPlan(new IsoWeek(2026, 11)));   // the override
        Assert.Equal("away", plans["leads"].WeekOverrides[new IsoWeek(2026, 11)].Note);
        Assert.Null(plans["leads"].WeeklyPlan(new IsoWeek(2023, 10)));       // 2023 was not loaded
        Assert.Equal(0.4m, plans["qualification_rate"].RatioTarget(2026));
    }
}
