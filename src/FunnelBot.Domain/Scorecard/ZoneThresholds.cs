namespace FunnelBot.Domain.Scorecard;

/// <summary>The team's zone settings (docs/scorecard.md, "Attainment and zones").</summary>
public sealed record ZoneThresholds(decimal YellowFrom = 0.90m, decimal TargetTolerance = 0.10m, decimal AskWhyAbove = 1.20m)
{
    public static ZoneThresholds Default { get; } = new();
}
