using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Plausibility;

/// <summary>
/// The funnel rules the stage order of the configured metrics is enough for, and how they combine with the team's own.
/// </summary>
public static class FunnelRules
{
    /// <summary>
    /// Two kinds of rule follow from the configuration alone, each over one week:
    /// <list type="bullet">
    /// <item>a percent ratio of two entered counts whose numerator lies at a later stage than its denominator is a
    /// conversion down the funnel: the numerator is at most the denominator (qualified leads of the leads, orders of the
    /// opportunities, clicks of the impressions);</item>
    /// <item>within one channel (not <see cref="FunnelChannel.Other"/>), an entered count where more is better, at the
    /// contact stage or later, is at most the one such count at the nearest earlier stage of the channel from contact on
    /// (leads from ads of the ad clicks, leads from calls of the conversations held). Reach counts touches (impressions,
    /// mailings), not people, and a stage with two such counts says nothing about either, so neither gives a rule.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<FunnelRule> FromStages(IReadOnlyList<MetricDefinition> metrics)
    {
        var rules = new List<FunnelRule>();
        var byKey = metrics.GroupBy(metric => metric.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var ratio in metrics.Where(metric => metric.IsRatio && metric.Unit == MetricUnit.Percent))
        {
            if (ratio.Numerator is { } top && ratio.Denominator is { } bottom
                && byKey.TryGetValue(top, out var numerator) && byKey.TryGetValue(bottom, out var denominator)
                && IsEnteredCount(numerator) && IsEnteredCount(denominator) && numerator.Stage > denominator.Stage)
            {
                Add(rules, new FunnelRule(numerator.Key, denominator.Key, 1, FunnelRuleOrigin.Stages));
            }
        }

        var steps = metrics
            .Where(metric => IsEnteredCount(metric) && metric.Direction == MetricDirection.Higher
                && metric.Channel != FunnelChannel.Other && metric.Stage >= FunnelStage.Contact)
            .GroupBy(metric => metric.Channel);
        foreach (var channel in steps)
        {
            var stages = channel.GroupBy(metric => metric.Stage).OrderBy(stage => stage.Key).ToList();
            for (var i = 1; i < stages.Count; i++)
            {
                if (stages[i - 1].Count() != 1)
                {
                    continue;
                }

                var earlier = stages[i - 1].Single();
                foreach (var later in stages[i])
                {
                    Add(rules, new FunnelRule(later.Key, earlier.Key, 1, FunnelRuleOrigin.Stages));
                }
            }
        }

        return rules;
    }

    /// <summary>
    /// The rules in force: the derived ones (when <paramref name="fromStages"/>) and the configured ones; a configured rule
    /// for the same pair as a derived one replaces it (e.g. to compare over more weeks).
    /// </summary>
    public static IReadOnlyList<FunnelRule> Combine(IReadOnlyList<FunnelRule> derived, IReadOnlyList<FunnelRule> configured, bool fromStages = true)
    {
        var rules = fromStages ? derived.Where(rule => !configured.Any(rule.SamePair)).ToList() : [];
        rules.AddRange(configured);
        return rules;
    }

    private static bool IsEnteredCount(MetricDefinition metric) => metric.Kind == MetricKind.Entered && metric.Unit == MetricUnit.Count;

    private static void Add(List<FunnelRule> rules, FunnelRule rule)
    {
        if (!rules.Any(rule.SamePair))
        {
            rules.Add(rule);
        }
    }
}
