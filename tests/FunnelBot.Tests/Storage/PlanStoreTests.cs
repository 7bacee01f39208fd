using FunnelBot.Domain.Periods;
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
