namespace FunnelBot.Domain.Deviations;

/// <summary>A followed countermeasure: its task, the metric, the causes of the week it answered and its outcome (null while followed).</summary>
public sealed record FollowedCountermeasure(int Task, string Title, string Metric, IReadOnlyList<string> Causes, CountermeasureResult? Result);

/// <summary>
/// One cause with the countermeasures set against it: how many helped (back on plan or improved) of those decided with a
/// verdict (<see cref="Decided"/>: not counting "not enough data"), how many are still followed, and the countermeasures,
/// those that helped first. <see cref="Cause"/> is empty for countermeasures whose week has no cause recorded.
/// </summary>
public sealed record CauseCountermeasures(string Cause, int Helped, int Decided, int Following, IReadOnlyList<FollowedCountermeasure> Countermeasures);

/// <summary>Groups followed countermeasures by the causes they answered: what to repeat against each cause.</summary>
public static class WorkedReport
{
    public static IReadOnlyList<CauseCountermeasures> ByCause(IEnumerable<FollowedCountermeasure> countermeasures) =>
        [.. countermeasures
            .SelectMany(c => c.Causes.Distinct(StringComparer.Ordinal).DefaultIfEmpty(string.Empty).Select(cause => (Cause: cause, Countermeasure: c)))
            .GroupBy(pair => pair.Cause, pair => pair.Countermeasure, StringComparer.Ordinal)
            .Select(group => new CauseCountermeasures(
                group.Key,
                group.Count(Helped),
                group.Count(Decided),
                group.Count(c => c.Result is null),
                [.. group.OrderBy(Rank).ThenBy(c => c.Task)]))
            .OrderByDescending(row => row.Helped)
            .ThenByDescending(row => row.Decided)
            .ThenByDescending(row => row.Following)
            .ThenBy(row => row.Cause.Length == 0)
            .ThenBy(row => row.Cause, StringComparer.Ordinal)];

    private static bool Helped(FollowedCountermeasure c) => c.Result is CountermeasureResult.BackOnPlan or CountermeasureResult.Improved;

    private static bool Decided(FollowedCountermeasure c) => c.Result is { } result && result != CountermeasureResult.NotEnoughData;

    private static int Rank(FollowedCountermeasure c) => c.Result switch
    {
        CountermeasureResult.BackOnPlan => 0,
        CountermeasureResult.Improved => 1,
        null => 2,
        CountermeasureResult.NoChange => 3,
        _ => 4,
    };
}
