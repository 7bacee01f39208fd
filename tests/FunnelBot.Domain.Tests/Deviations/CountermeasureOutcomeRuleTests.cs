using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Tests.Deviations;

/// <summary>The rule that decides whether a countermeasure worked: back on plan, improved, no change, not enough data.</summary>
public sealed class CountermeasureOutcomeRuleTests
{
    private const decimal ImprovedBy = 0.1m;
    private static readonly IsoWeek First = new(2026, 50);

    [Theory]
    [InlineData(new[] { "0.8", "0.9", "1.0", "1.1" }, CountermeasureResult.BackOnPlan)] // on plan last and in 2 of 4
    [InlineData(new[] { "1.0", "0.8", "0.7", "1.2" }, CountermeasureResult.BackOnPlan)] // 2 of 4, the last on plan
    [InlineData(new[] { "1.1", "1.2", "1.3", "0.9" }, CountermeasureResult.Improved)]   // the last below plan: mean 1.125 ≥ 0.7 + 0.1
    [InlineData(new[] { "0.7", "0.8", "0.9", "1.0" }, CountermeasureResult.Improved)]   // only 1 of 4 on plan: mean 0.85 ≥ 0.8
    [InlineData(new[] { "0.75", "0.7", "0.8", "0.8" }, CountermeasureResult.NoChange)] // mean 0.7625 < 0.8
    [InlineData(new[] { "0.6", "0.5", "0.6", "0.5" }, CountermeasureResult.NoChange)]  // worse is no change too
    public void Judge_FourWeeksWithFigures_ByTheRule(string[] attainments, CountermeasureResult expected)
    {
        var verdict = CountermeasureOutcomeRule.Judge(MetricDirection.Higher, 0.7m, Weeks(attainments), ImprovedBy);

        Assert.Equal(expected, verdict.Result);
        Assert.Equal(4, verdict.WeeksJudged);
        Assert.Equal(0.7m, verdict.AttainmentBefore);
    }

    [Fact]
    public void Judge_MeanAttainmentAfter_OfTheWeeksWithFiguresOnly()
    {
        var verdict = CountermeasureOutcomeRule.Judge(MetricDirection.Higher, 0.7m, Weeks(["0.8", "-", "1.0", "1.2"]), ImprovedBy);

        Assert.Equal(1.0m, verdict.AttainmentAfter); // (0.8 + 1.0 + 1.2) / 3: the missing week is not a 0
        Assert.Equal((CountermeasureResult.BackOnPlan, 3, 2, 4), (verdict.Result, verdict.WeeksJudged, verdict.WeeksOnPlan, verdict.WeeksFollowed));
        Assert.True(verdict.Helped);
    }

    [Theory]
    [InlineData(new[] { "1.2", "-", "-", "-" }, 1)]  // 1 of 4 weeks with figures: fewer than half
    [InlineData(new[] { "-", "-", "-", "-" }, 0)]
    public void Judge_FewerThanHalfTheWeeksWithFigures_NotEnoughData(string[] attainments, int judged)
    {
        var verdict = CountermeasureOutcomeRule.Judge(MetricDirection.Higher, 0.7m, Weeks(attainments), ImprovedBy);

        Assert.Equal((CountermeasureResult.NotEnoughData, judged), (verdict.Result, verdict.WeeksJudged));
        Assert.False(verdict.Helped);
    }

    [Fact]
    public void Judge_HalfTheWeeksWithFigures_Decided()
    {
        var verdict = CountermeasureOutcomeRule.Judge(MetricDirection.Higher, 0.7m, Weeks(["-", "1.0", "-", "1.1"]), ImprovedBy);

        Assert.Equal(CountermeasureResult.BackOnPlan, verdict.Result);
    }

    [Fact]
    public void Judge_NoAttainmentBefore_BackOnPlanStillDecidedButNotImproved()
    {
        Assert.Equal(CountermeasureResult.BackOnPlan, CountermeasureOutcomeRule.Judge(MetricDirection.Higher, null, Weeks(["1.0", "1.1"]), ImprovedBy).Result);
        Assert.Equal(CountermeasureResult.NotEnoughData, CountermeasureOutcomeRule.Judge(MetricDirection.Higher, null, Weeks(["0.8", "0.9"]), ImprovedBy).Result);
    }

    [Fact]
    public void Judge_Target_ClosenessToPlanCompared()
    {
        // 1.5 before (50 % over a target) and 1.3, 1.25 after (off the ±10 % band, so not green): closeness 0.5 → 0.725.
        var weeks = new List<FollowedWeek> { new(First, true, 1.3m, false), new(First.Next, true, 1.25m, false) };

        Assert.Equal(CountermeasureResult.Improved, CountermeasureOutcomeRule.Judge(MetricDirection.Target, 1.5m, weeks, ImprovedBy).Result);
        Assert.Equal(CountermeasureResult.NoChange, CountermeasureOutcomeRule.Judge(MetricDirection.Target, 1.3m, weeks, ImprovedBy).Result);
    }

    [Fact]
    public void FollowedWeeks_TheFullWeeksAfterTheClosingWeek()
    {
        // Closed on Friday 4 December 2026 (week 49): followed 7 December 2026 – 3 January 2027.
        var weeks = CountermeasureOutcomeRule.FollowedWeeks(new DateOnly(2026, 12, 4), 4);

        Assert.Equal([new IsoWeek(2026, 50), new IsoWeek(2026, 51), new IsoWeek(2026, 52), new IsoWeek(2026, 53)], weeks);
    }

    [Fact]
    public void FollowedWeek_Of_MissingWithoutValuesOrPlan()
    {
        var noValue = new PeriodFigures(0m, 10m, 10m, 0m, Zone.Red, null, null) { WeeksWithValues = 0 };
        var noPlan = new PeriodFigures(12m, null, null, null, Zone.None, null, null) { WeeksWithValues = 1 };
        var green = new PeriodFigures(12m, 10m, 10m, 1.2m, Zone.Green, null, null) { WeeksWithValues = 1 };

        Assert.False(FollowedWeek.Of(First, noValue).Judged);
        Assert.False(FollowedWeek.Of(First, noPlan).Judged);
        Assert.False(FollowedWeek.Of(First, null).Judged);
        Assert.Equal(new FollowedWeek(First, true, 1.2m, true), FollowedWeek.Of(First, green));
    }

    /// <summary>Weeks from attainments ("-": no figure); a week at or above 1.0 is on plan, as the zone rules say for more-is-better.</summary>
    private static List<FollowedWeek> Weeks(string[] attainments) =>
        [.. attainments.Select((text, index) => text == "-"
            ? FollowedWeek.Missing(First.AddWeeks(index))
            : new FollowedWeek(First.AddWeeks(index), true, decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) >= 1m))];
}
