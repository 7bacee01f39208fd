namespace FunnelBot.AbTesting;

/// <summary>What one variant of an A/B test reached: how many tried (e.g. clicks) and how many of them converted (leads).</summary>
public readonly record struct VariantCounts(long Trials, long Conversions)
{
    /// <summary>The conversion rate, or null while nobody tried.</summary>
    public double? Rate => Trials == 0 ? null : (double)Conversions / Trials;

    public long Failures => Trials - Conversions;

    public VariantCounts Plus(VariantCounts other) => new(Trials + other.Trials, Conversions + other.Conversions);

    /// <summary>Whether the counts can be true together: none negative, no more conversions than trials.</summary>
    public bool IsPossible => Trials >= 0 && Conversions >= 0 && Conversions <= Trials;
}
