using System.Text.RegularExpressions;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Configuration;

/// <summary>
/// Reads the team's own causes (<c>Causes</c>: code, names ru/en, family <c>volume|quality|positive</c>), offered in the
/// check-in beside the built-in ones. Codes are stored and counted, so they must be stable and unique.
/// </summary>
public static partial class CauseListReader
{
    public static IReadOnlyList<Cause> Read(IReadOnlyList<CauseOptions> causes, ConfigurationProblems problems)
    {
        var result = new List<Cause>();
        var seen = new HashSet<string>(CauseCatalogue.BuiltIn.Select(c => c.Code), StringComparer.Ordinal);
        for (var i = 0; i < causes.Count; i++)
        {
            var path = $"Causes[{i}]";
            var cause = causes[i];
            var code = cause.Code.Trim();
            var valid = true;
            if (!CodeShape().IsMatch(code))
            {
                problems.Add($"{path}.Code", $"'{code}' must be 1-40 lowercase letters, digits or '_'");
                valid = false;
            }
            else if (!seen.Add(code))
            {
                problems.Add($"{path}.Code", $"'{code}' is already a cause");
                valid = false;
            }

            if (string.IsNullOrWhiteSpace(cause.Names.Ru) || string.IsNullOrWhiteSpace(cause.Names.En))
            {
                problems.Add($"{path}.Names", "both Ru and En are required");
                valid = false;
            }

            if (!EnumText.TryParse<CauseFamily>(cause.Family, out var family) || family == CauseFamily.Other)
            {
                problems.Add($"{path}.Family", $"'{cause.Family}' is not one of volume, quality, positive");
                valid = false;
            }

            if (valid)
            {
                result.Add(new Cause(code, new MetricNames(cause.Names.Ru.Trim(), cause.Names.En.Trim()), family));
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex CodeShape();
}

/// <summary>One entry of <c>Causes</c>: a cause the team adds to the built-in ones.</summary>
public sealed class CauseOptions
{
    public string Code { get; set; } = "";

    public MetricNamesOptions Names { get; set; } = new();

    /// <summary><c>volume</c> (fewer leads), <c>quality</c> (worse leads) or <c>positive</c> (what worked).</summary>
    public string Family { get; set; } = "";
}
