using System.Globalization;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Configuration;

/// <summary>
/// Checks <c>Plausibility</c>: each rule compares two different entered metrics of one unit over 1 to
/// <see cref="MaxWeeks"/> weeks, and no pair is stated twice; then combines them with the rules the stage order gives
/// (<see cref="FunnelRules"/>).
/// </summary>
internal static class PlausibilitySectionReader
{
    /// <summary>The longest window a rule may sum over: a year.</summary>
    public const int MaxWeeks = 52;

    public static IReadOnlyList<FunnelRule> Read(PlausibilityOptions options, IReadOnlyList<MetricDefinition> metrics, ConfigurationProblems problems)
    {
        var configured = new List<FunnelRule>();
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var path = $"{PlausibilityOptions.Section}.Rules[{i}]";
            var entry = options.Rules[i];
            var metric = Metric(entry.Metric, $"{path}.Metric", metrics, problems);
            var atMost = Metric(entry.AtMost, $"{path}.AtMost", metrics, problems);
            var valid = metric is not null && atMost is not null;
            if (metric is not null && atMost is not null)
            {
                if (metric.Key == atMost.Key)
                {
                    problems.Add($"{path}.AtMost", $"'{atMost.Key}' is the rule's own metric; a rule compares two metrics");
                    valid = false;
                }
                else if (metric.Unit != atMost.Unit)
                {
                    problems.Add(
                        $"{path}.AtMost",
                        $"'{atMost.Key}' is {EnumText.ToText(atMost.Unit)} and '{metric.Key}' is {EnumText.ToText(metric.Unit)}; a rule compares metrics of one unit");
                    valid = false;
                }
            }

            var weeks = 1;
            if (!string.IsNullOrWhiteSpace(entry.Weeks)
                && (!int.TryParse(entry.Weeks.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out weeks) || weeks is < 1 or > MaxWeeks))
            {
                problems.Add($"{path}.Weeks", $"'{entry.Weeks.Trim()}' must be a whole number of weeks from 1 to {MaxWeeks}");
                valid = false;
            }

            if (!valid)
            {
                continue;
            }

            var rule = new FunnelRule(metric!.Key, atMost!.Key, weeks, FunnelRuleOrigin.Configured);
            if (configured.Any(rule.SamePair))
            {
                problems.Add($"{path}.AtMost", $"'{metric.Key}' at most '{atMost.Key}' is already a rule");
                continue;
            }

            configured.Add(rule);
        }

        return FunnelRules.Combine(FunnelRules.FromStages(metrics), configured, options.FromStages);
    }

    private static MetricDefinition? Metric(string text, string path, IReadOnlyList<MetricDefinition> metrics, ConfigurationProblems problems)
    {
        var key = text.Trim();
        if (key.Length == 0)
        {
            problems.Add(path, "is required");
            return null;
        }

        var metric = metrics.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.Ordinal));
        if (metric is null)
        {
            problems.Add(path, $"'{key}' is not a metric");
            return null;
        }

        if (metric.Kind != MetricKind.Entered)
        {
            problems.Add(path, $"'{key}' is {EnumText.ToText(metric.Kind)}; a rule compares entered metrics");
            return null;
        }

        return metric;
    }
}
