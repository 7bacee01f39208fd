namespace FunnelBot.Domain.Deviations;

/// <summary>One stored reason for a metric's week: the cause codes chosen, the member's own words, actual minus plan.</summary>
public sealed record DeviationRecord(string Metric, IReadOnlyList<string> Causes, string? OtherText, decimal Deviation);

/// <summary>How often a cause hit one metric and the sum of that metric's deviations (in the metric's own unit).</summary>
public sealed record CauseHit(string Metric, int Count, decimal NetDeviation);

/// <summary>
/// One row of the Pareto view: a cause, how many times it was given, its share of all cause mentions, the metrics it
/// hit (most often first, then the largest net deviation) and, for "other", the member's own words.
/// </summary>
public sealed record ReasonsRow(string Cause, int Count, decimal Share, IReadOnlyList<CauseHit> Metrics, IReadOnlyList<string> OtherTexts);

/// <summary>
/// Counts the causes given for deviations over a period, biggest first: which causes recur and where they hurt.
/// Deviations of different metrics have different units, so the net deviation is kept per metric, never summed across.
/// </summary>
public static class ReasonsReport
{
    public static IReadOnlyList<ReasonsRow> Build(IEnumerable<DeviationRecord> records)
    {
        var mentions = records
            .SelectMany(record => record.Causes.Distinct(StringComparer.Ordinal).Select(cause => (Cause: cause, Record: record)))
            .ToList();
        if (mentions.Count == 0)
        {
            return [];
        }

        decimal total = mentions.Count;
        return [.. mentions
            .GroupBy(mention => mention.Cause, StringComparer.Ordinal)
            .Select(group => new ReasonsRow(
                group.Key,
                group.Count(),
                group.Count() / total,
                Hits(group.Select(mention => mention.Record)),
                OtherTexts(group.Key, group.Select(mention => mention.Record))))
            .OrderByDescending(row => row.Count)
            .ThenBy(row => row.Cause == Cause.OtherCode)
            .ThenBy(row => row.Cause, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<CauseHit> Hits(IEnumerable<DeviationRecord> records) =>
        [.. records
            .GroupBy(record => record.Metric, StringComparer.Ordinal)
            .Select(group => new CauseHit(group.Key, group.Count(), group.Sum(record => record.Deviation)))
            .OrderByDescending(hit => hit.Count)
            .ThenByDescending(hit => Math.Abs(hit.NetDeviation))
            .ThenBy(hit => hit.Metric, StringComparer.Ordinal)];

    private static IReadOnlyList<string> OtherTexts(string cause, IEnumerable<DeviationRecord> records) =>
        cause != Cause.OtherCode
            ? []
            : [.. records.Select(record => record.OtherText?.Trim()).OfType<string>().Where(text => text.Length > 0).Distinct(StringComparer.Ordinal)];
}
