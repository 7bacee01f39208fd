namespace FunnelBot.Domain.Scorecard;

/// <summary>A metric's names in the product's two languages.</summary>
public sealed record MetricNames(string Ru, string En)
{
    public string For(string language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? Ru : En;
}

/// <summary>One metric of the team's scorecard, as configured.</summary>
public sealed record MetricDefinition(
    string Key,
    MetricNames Names,
    FunnelStage Stage,
    FunnelChannel Channel,
    MetricUnit Unit,
    MetricDirection Direction,
    string Owner,
    MetricKind Kind = MetricKind.Entered,
    string? Numerator = null,
    string? Denominator = null)
{
    public bool IsRatio => Kind == MetricKind.Ratio;

    /// <summary>When a week of this metric is worth asking why; the team's rules where it sets none.</summary>
    public DeviationQuestions Questions { get; init; } = DeviationQuestions.TeamDefaults;
}
