namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// One metric's own rules for when a weekly value is worth the question "why" (docs/scorecard.md, "Deviations worth a
/// question"); a null rule takes the team's (<see cref="ZoneThresholds"/>), and the minimum difference defaults to one
/// unit for an entered count and to none otherwise.
/// </summary>
public sealed record DeviationQuestions(bool? AskWhyOnYellow = null, decimal? AskWhyAbove = null, decimal? MinDifference = null)
{
    public static DeviationQuestions TeamDefaults { get; } = new();
}
