namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// The team's zone settings (docs/scorecard.md, "Attainment and zones") and its default rules for asking why
/// ("Deviations worth a question"): on red always, on yellow when <see cref="AskWhyOnYellow"/>, for a good week from
/// <see cref="AskWhyAbove"/>.
/// </summary>
public sealed record ZoneThresholds(decimal YellowFrom = 0.90m, decimal TargetTolerance = 0.10m, decimal AskWhyAbove = 1.20m, bool AskWhyOnYellow = false)
{
    public static ZoneThresholds Default { get; } = new();
}
