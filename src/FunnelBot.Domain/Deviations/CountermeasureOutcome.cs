using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Deviations;

/// <summary>What became of a metric in the weeks after its countermeasure task was closed.</summary>
public enum CountermeasureResult
{
    /// <summary>On plan in the last followed week with a figure and in at least half of the followed weeks with one.</summary>
    BackOnPlan,

    /// <summary>Not back on plan, but the mean attainment after is above the attainment before by the threshold.</summary>
    Improved,

    /// <summary>Neither: the metric is where it was, or worse.</summary>
    NoChange,

    /// <summary>Fewer than half of the followed weeks have a figure, or there is nothing to compare with: no verdict.</summary>
    NotEnoughData,
}

/// <summary>
/// One followed week of a metric: whether it has a figure against a plan (<see cref="Judged"/>: a value and a plan),
/// its attainment (null when the plan is 0, or a lower-is-better metric is at 0) and whether it was on plan (green).
/// </summary>
public sealed record FollowedWeek(IsoWeek Week, bool Judged, decimal? Attainment, bool OnPlan)
{
    /// <summary>A week without a value or without a plan: missing, never a 0.</summary>
    public static FollowedWeek Missing(IsoWeek week) => new(week, false, null, false);

    /// <summary>The week as the scorecard's zone rules read it: judged when it has a zone, on plan when green.</summary>
    public static FollowedWeek Of(IsoWeek week, PeriodFigures? figures) =>
        figures is { HasValues: true, Zone: not Zone.None } shown
            ? new FollowedWeek(week, true, shown.Attainment, shown.Zone == Zone.Green)
            : Missing(week);
}

/// <summary>The outcome of one countermeasure with the figures it was decided on.</summary>
public sealed record CountermeasureVerdict(
    CountermeasureResult Result,
    decimal? AttainmentBefore,
    decimal? AttainmentAfter,
    int WeeksJudged,
    int WeeksOnPlan,
    int WeeksFollowed)
{
    /// <summary>Whether the countermeasure counts as having helped (back on plan or improved).</summary>
    public bool Helped => Result is CountermeasureResult.BackOnPlan or CountermeasureResult.Improved;
}

/// <summary>
/// The rule that decides whether a countermeasure worked (docs/scorecard.md, "Did the countermeasure work"). The
/// metric is followed for the full ISO weeks after the week in which its task was closed. "Before" is the attainment of
/// the week the cause was given (the week the countermeasure answers); "after" is the mean attainment of the followed
/// weeks that have one. Weeks without a value or a plan are missing, never zeros.
/// <list type="bullet">
/// <item>Fewer than half of the followed weeks judged (a value against a plan): <see cref="CountermeasureResult.NotEnoughData"/>.</item>
/// <item>On plan (green by the zone rules) in the last judged week and in at least half of the judged weeks:
/// <see cref="CountermeasureResult.BackOnPlan"/>.</item>
/// <item>Else, when before and after are both known and after − before is at least the threshold (in attainment, 0.1
/// = 10 percentage points; for a metric with a target, the closeness 1 − |1 − attainment| is compared instead):
/// <see cref="CountermeasureResult.Improved"/>.</item>
/// <item>Else, when before is unknown (no plan that week) or no followed week has an attainment:
/// <see cref="CountermeasureResult.NotEnoughData"/>; otherwise <see cref="CountermeasureResult.NoChange"/>.</item>
/// </list>
/// </summary>
public static class CountermeasureOutcomeRule
{
    public static CountermeasureVerdict Judge(
        MetricDirection direction, decimal? attainmentBefore, IReadOnlyList<FollowedWeek> weeks, decimal improvedBy)
    {
        var judged = weeks.Where(week => week.Judged).ToList();
        var onPlan = judged.Count(week => week.OnPlan);
        var attainments = judged.Select(week => week.Attainment).OfType<decimal>().ToList();
        decimal? after = attainments.Count > 0 ? attainments.Average() : null;
        CountermeasureVerdict Verdict(CountermeasureResult result) => new(result, attainmentBefore, after, judged.Count, onPlan, weeks.Count);

        if (judged.Count == 0 || judged.Count * 2 < weeks.Count)
        {
            return Verdict(CountermeasureResult.NotEnoughData);
        }

        if (judged[^1].OnPlan && onPlan * 2 >= judged.Count)
        {
            return Verdict(CountermeasureResult.BackOnPlan);
        }

        if (attainmentBefore is not { } before || after is not { } mean)
        {
            return Verdict(CountermeasureResult.NotEnoughData);
        }

        return Verdict(Closeness(direction, mean) - Closeness(direction, before) >= improvedBy
            ? CountermeasureResult.Improved
            : CountermeasureResult.NoChange);
    }

    /// <summary>
    /// The weeks followed after a task closed on <paramref name="closedOn"/> (team zone): the <paramref name="weeks"/> full
    /// ISO weeks after the week of that day.
    /// </summary>
    public static IReadOnlyList<IsoWeek> FollowedWeeks(DateOnly closedOn, int weeks)
    {
        var first = IsoWeek.Containing(closedOn).Next;
        return [.. Enumerable.Range(0, weeks).Select(first.AddWeeks)];
    }

    /// <summary>How good an attainment is: itself when more is better (attainment is already turned for lower-is-better), nearness to 1 for a target.</summary>
    private static decimal Closeness(MetricDirection direction, decimal attainment) =>
        direction == MetricDirection.Target ? 1m - Math.Abs(1m - attainment) : attainment;
}
