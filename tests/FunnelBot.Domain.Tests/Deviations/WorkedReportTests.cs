using FunnelBot.Domain.Deviations;

namespace FunnelBot.Domain.Tests.Deviations;

/// <summary>Countermeasures grouped by the causes they answered, with how often they helped.</summary>
public sealed class WorkedReportTests
{
    [Fact]
    public void ByCause_HelpedOfDecided_FollowingAndNotEnoughDataNotCounted()
    {
        var rows = WorkedReport.ByCause(
        [
            new(1, "Raise bids", "leads", ["click_plan_missed", "budget_off"], CountermeasureResult.BackOnPlan),
            new(2, "New banners", "leads", ["click_plan_missed"], CountermeasureResult.NoChange),
            new(3, "Call script", "calls", ["call_plan_missed"], null),
            new(4, "Resend", "leads", ["click_plan_missed"], CountermeasureResult.NotEnoughData),
            new(5, "Fix tracking", "leads", [], CountermeasureResult.Improved),
        ]);

        Assert.Equal(
            [("click_plan_missed", 1, 2, 0), ("budget_off", 1, 1, 0), ("", 1, 1, 0), ("call_plan_missed", 0, 0, 1)],
            rows.Select(r => (r.Cause, r.Helped, r.Decided, r.Following)));
        Assert.Equal([1, 2, 4], rows[0].Countermeasures.Select(c => c.Task)); // what helped first, then the rest
    }

    [Fact]
    public void ByCause_None_Empty()
    {
        Assert.Empty(WorkedReport.ByCause([]));
    }
}
