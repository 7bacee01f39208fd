using MathNet.Numerics.Distributions;

namespace FunnelBot.AbTesting;

/// <summary>
/// How many trials each variant needs to tell two conversion rates apart with a two-sided two-proportion test
/// (the formula R's <c>power.prop.test</c> solves): n = (z₁₋α/₂ · √(2·p̄·q̄) + z₁₋β · √(p₁q₁ + p₂q₂))² / (p₁ − p₂)²,
/// with p̄ the mean of the two rates. The default α is 0.05 and the default power 0.8.
/// </summary>
public static class SampleSize
{
    public const double DefaultAlpha = 0.05;
    public const double DefaultPower = 0.8;

    /// <summary>The exact (fractional) size per variant; round it up for a count of trials.</summary>
    public static double PerVariantExact(double p1, double p2, double alpha = DefaultAlpha, double power = DefaultPower)
    {
        if (p1 is <= 0 or >= 1 || p2 is <= 0 or >= 1 || p1 == p2)
        {
            throw new ArgumentOutOfRangeException(nameof(p2), "The two rates must differ and lie strictly between 0 and 1.");
        }

        var zAlpha = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        var zPower = Normal.InvCDF(0, 1, power);
        var mean = (p1 + p2) / 2;
        var root = (zAlpha * Math.Sqrt(2 * mean * (1 - mean))) + (zPower * Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2))));
        return root * root / ((p1 - p2) * (p1 - p2));
    }

    public static long PerVariant(double p1, double p2, double alpha = DefaultAlpha, double power = DefaultPower) =>
        (long)Math.Ceiling(PerVariantExact(p1, p2, alpha, power) - 1e-9);
}
