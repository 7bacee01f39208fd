using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Configuration;

/// <summary>Checks the <c>Metrics</c> array: keys, names, enum values, owners (members, not observers), and what each ratio divides.</summary>
internal static class MetricListReader
{
    public static IReadOnlyList<MetricDefinition> Read(
        IReadOnlyList<MetricOptions> metrics, IReadOnlyList<TeamMember> members, ConfigurationProblems problems)
    {
        var result = new List<MetricDefinition>(metrics.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (metrics.Count == 0)
        {
            problems.Add("Metrics", "no metrics are configured");
        }

        for (var i = 0; i < metrics.Count; i++)
        {
            var path = $"Metrics[{i}]";
            var metric = metrics[i];
            var key = metric.Key.Trim();
            if (key.Length == 0)
            {
                problems.Add($"{path}.Key", "is required");
            }
            else if (key.Contains('|', StringComparison.Ordinal) || key.Contains(',', StringComparison.Ordinal) || key.Any(char.IsWhiteSpace))
            {
                problems.Add($"{path}.Key", $"'{key}' may not contain spaces, '|' or ','");
            }
            else if (!seen.Add(key))
            {
                problems.Add($"{path}.Key", $"'{key}' is a duplicate metric key");
            }

            RequireName(metric.Names.Ru, $"{path}.Names.Ru", problems);
            RequireName(metric.Names.En, $"{path}.Names.En", problems);
            var stage = ReadEnum<FunnelStage>(metric.Stage, $"{path}.Stage", "stage", problems);
            var channel = ReadEnum<FunnelChannel>(metric.Channel, $"{path}.Channel", "channel", problems);
            var unit = ReadEnum<MetricUnit>(metric.Unit, $"{path}.Unit", "unit", problems);
            var direction = ReadEnum<MetricDirection>(metric.Direction, $"{path}.Direction", "direction", problems);
            var kind = ReadEnum<MetricKind>(metric.Kind, $"{path}.Kind", "kind", problems);
            CheckAutomatic(key, kind, unit, $"{path}.Kind", problems);
            var owner = metric.Owner.Trim();
            var ownerMember = members.FirstOrDefault(member => member.Key == owner);
            if (ownerMember is null)
            {
                problems.Add($"{path}.Owner", $"'{owner}' is not a member");
            }
            else if (ownerMember.Role == MemberRole.Observer && kind is MetricKind.Entered or MetricKind.Ratio)
            {
                problems.Add($"{path}.Owner", $"'{owner}' is an observer; observers enter nothing");
            }

            result.Add(new MetricDefinition(
                key, new MetricNames(metric.Names.Ru.Trim(), metric.Names.En.Trim()), stage, channel, unit, direction, owner, kind,
                Blank(metric.Numerator), Blank(metric.Denominator))
            {
                Questions = ReadQuestions(metric, path, problems),
            });
        }

        for (var i = 0; i < result.Count; i++)
        {
            CheckParts(result[i], $"Metrics[{i}]", result, problems);
        }

        return result;
    }

    private static void CheckParts(
        MetricDefinition metric, string path, IReadOnlyList<MetricDefinition> all, ConfigurationProblems problems)
    {
        if (!metric.IsRatio)
        {
            if (metric.Numerator is not null)
            {
                problems.Add($"{path}.Numerator", "an entered metric has no numerator (only a ratio has)");
            }

            if (metric.Denominator is not null)
            {
                problems.Add($"{path}.Denominator", "an entered metric has no denominator (only a ratio has)");
            }

            return;
        }

        CheckPart(metric, metric.Numerator, $"{path}.Numerator", all, problems);
        CheckPart(metric, metric.Denominator, $"{path}.Denominator", all, problems);
    }

    private static void CheckPart(
        MetricDefinition ratio, string? part, string path, IReadOnlyList<MetricDefinition> all, ConfigurationProblems problems)
    {
        if (part is null)
        {
            problems.Add(path, "is required for a ratio");
            return;
        }

        if (part == ratio.Key)
        {
            problems.Add(path, $"'{part}' is the ratio itself");
            return;
        }

        var target = all.FirstOrDefault(metric => metric.Key == part);
        if (target is null)
        {
            problems.Add(path, $"'{part}' is not a metric");
        }
        else if (target.IsRatio)
        {
            problems.Add(path, $"'{part}' is a ratio; a ratio divides entered metrics");
        }
    }

    /// <summary>
    /// <c>automatic</c> is only for a metric the bot knows how to compute: <c>overdue_tasks</c> (a count), so a typo or an
    /// unknown key cannot produce a metric that nobody enters and nothing computes.
    /// </summary>
    private static void CheckAutomatic(string key, MetricKind kind, MetricUnit unit, string path, ConfigurationProblems problems)
    {
        if (kind != MetricKind.Automatic)
        {
            return;
        }

        if (key != OverdueTasksMetric.Key)
        {
            problems.Add(path, $"'automatic' is only for a metric the bot computes itself ({OverdueTasksMetric.Key}), not for '{key}'");
        }
        else if (unit != MetricUnit.Count)
        {
            problems.Add(path.Replace(".Kind", ".Unit", StringComparison.Ordinal), $"{OverdueTasksMetric.Key} is a count");
        }
    }

    private static TEnum ReadEnum<TEnum>(string text, string path, string what, ConfigurationProblems problems)
        where TEnum : struct, Enum
    {
        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add(path, $"'{text}' is not a {what} ({EnumText.Choices<TEnum>()})");
        return default;
    }

    private static void RequireName(string name, string path, ConfigurationProblems problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(path, "is required");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DeviationQuestions ReadQuestions(MetricOptions metric, string path, ConfigurationProblems problems)
    {
        if (metric.AskWhyAbove is <= 1m)
        {
            problems.Add($"{path}.AskWhyAbove", FormattableString.Invariant($"{metric.AskWhyAbove} must be above 1"));
        }

        if (metric.MinDifference is < 0m)
        {
            problems.Add($"{path}.MinDifference", FormattableString.Invariant($"{metric.MinDifference} may not be negative"));
        }

        return new DeviationQuestions(metric.AskWhyOnYellow, metric.AskWhyAbove, metric.MinDifference);
    }
}
