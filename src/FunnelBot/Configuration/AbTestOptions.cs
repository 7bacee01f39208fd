namespace FunnelBot.Configuration;

/// <summary>
/// The <c>AbTests</c> section: the trials each variant needs before an A/B test's card gives a verdict, and the minimum
/// detectable effect the sample size is worked out for, as a relative lift over variant A's rate (0.5: 50% better).
/// </summary>
public sealed class AbTestOptions
{
    public const string Section = "AbTests";

    public long MinimumPerVariant { get; set; } = 100;

    public double MinimumDetectableLift { get; set; } = 0.5;
}
