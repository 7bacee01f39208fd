using FunnelBot.Storage;

namespace FunnelBot.Tests.Architecture;

/// <summary>The dependencies between the bot's namespaces point one way (docs/architecture.md, "Layers").</summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Bot = typeof(FunnelDatabase).Assembly;

    [Fact]
    public void Layers_OfTheBot_NoNamespaceUsesALayerAboveOrBesideIt()
    {
        Assert.Empty(Layers.Violations(Bot, Layers.OfTheBot));
    }

    [Fact]
    public void Layers_OfTheBot_EveryNamespaceBelongsToOne()
    {
        Assert.Empty(Layers.Unplaced(Bot, Layers.OfTheBot));
    }

    [Fact]
    public void Violations_AnEdgeAgainstTheOrder_Reported()
    {
        // Storage uses Configuration; with Configuration put above Storage that edge is against the rules.
        IReadOnlyList<IReadOnlyList<string>> swapped = [.. Layers.OfTheBot.Take(8), ["FunnelBot.Lifetime", "FunnelBot.Configuration"], ["FunnelBot.Storage"]];

        var violations = Layers.Violations(Bot, swapped);

        Assert.Contains(violations, line => line.StartsWith("FunnelBot.Storage.", StringComparison.Ordinal) && line.EndsWith(" uses FunnelBot.Configuration", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_UsesNoOtherPartOfTheProduct()
    {
        var domain = typeof(FunnelBot.Domain.Periods.IsoWeek).Assembly;

        Assert.DoesNotContain(domain.GetReferencedAssemblies(), reference => reference.Name is not null
            && (reference.Name.StartsWith("FunnelBot", StringComparison.Ordinal) || reference.Name is "LiteDB" or "Quartz" or "Telegram.Bot"));
    }
}
