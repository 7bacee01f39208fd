namespace FunnelBot.AbTesting;

/// <summary>
/// The settings an analysis is read with (section <c>AbTests</c>): the trials each variant needs before the card gives a
/// verdict, and the minimum detectable effect, a relative lift over A's rate (0.5: B converting 50% better than A).
/// </summary>
public sealed record AbTestRules(long MinimumPerVariant, double MinimumDetectableLift)
{
    public const double SignificanceLevel = 0.05;
}
