namespace FunnelBot.AbTesting;

/// <summary>
/// The belief about a variant's conversion rate after its counts, from a uniform Beta(1, 1) prior:
/// Beta(1 + conversions, 1 + failures). Both parameters are whole numbers, which the closed forms below need.
/// </summary>
public readonly record struct BetaPosterior(long Alpha, long Beta)
{
    public static BetaPosterior FromUniformPrior(VariantCounts counts) => new(1 + counts.Conversions, 1 + counts.Failures);

    public double Mean => (double)Alpha / (Alpha + Beta);

    /// <summary>The size-biased belief (density times the rate, normalised): Beta(α + 1, β).</summary>
    public BetaPosterior SizeBiased => new(Alpha + 1, Beta);
}
