using System.Reflection;
using NetArchTest.Rules;

namespace FunnelBot.Tests.Architecture;

/// <summary>
/// The layers of the FunnelBot assembly, top first (docs/architecture.md). A namespace may use the layers below its own
/// group and nothing else: not its own group's other members, not a layer above. So there can be no cycle between them.
/// </summary>
public static class Layers
{
    public static IReadOnlyList<IReadOnlyList<string>> OfTheBot { get; } =
    [
        ["FunnelBot.Cli"],
        ["FunnelBot.SandboxMode"],
        ["FunnelBot.Hosting"],
        ["FunnelBot.HttpApi"],
        ["FunnelBot.Scheduling"],
        ["FunnelBot.TelegramBot"],
        ["FunnelBot.Reporting", "FunnelBot.Plans", "FunnelBot.DataFiles", "FunnelBot.AbTesting"],
        ["FunnelBot.Scorecards"],
        ["FunnelBot.Storage"],
        ["FunnelBot.Lifetime", "FunnelBot.Configuration"],
    ];

    /// <summary>"FunnelBot.Storage.X uses FunnelBot.TelegramBot" for every type that breaks <paramref name="layers"/>.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, IReadOnlyList<IReadOnlyList<string>> layers)
    {
        var violations = new List<string>();
        var types = Types.InAssembly(assembly);
        for (var level = 0; level < layers.Count; level++)
        {
            var above = layers.Take(level).SelectMany(group => group).ToList();
            foreach (var layer in layers[level])
            {
                foreach (var forbidden in above.Concat(layers[level].Where(peer => peer != layer)))
                {
                    var result = types.That().ResideInNamespace(layer).ShouldNot().HaveDependencyOn(forbidden).GetResult();
                    violations.AddRange((result.FailingTypeNames ?? []).Select(type => $"{type} uses {forbidden}"));
                }
            }
        }

        return violations;
    }

    /// <summary>The namespaces of the assembly's types that belong to no layer (the root namespace holds only Program).</summary>
    public static IReadOnlyList<string> Unplaced(Assembly assembly, IReadOnlyList<IReadOnlyList<string>> layers) =>
        [.. assembly.GetTypes()
            .Select(type => type.Namespace ?? string.Empty)
            .Where(name => name.StartsWith("FunnelBot.", StringComparison.Ordinal)
                && !layers.SelectMany(group => group).Any(layer => name == layer || name.StartsWith(layer + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
