namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// Keeps plan arithmetic exact where the scorecard's arithmetic is exact (docs/scorecard.md, "Plans"). A year plan
/// spread over 52 or 53 weeks (e.g. 1000 / 52) is not a terminating decimal, so <see cref="decimal"/> rounds it at its
/// 28th digit and the weeks of a year would differ in that digit and sum to 999.99999999999999999999999996 instead of
/// 1000, which could turn an attainment of exactly 1.0 into 0.9999... and the zone yellow. Weekly plans are therefore
/// rounded to 24 significant digits and sums of plans to 20: far beyond any meaningful digit, far above decimal's noise.
/// </summary>
internal static class DecimalPrecision
{
    public const int WeeklyPlanDigits = 24;

    public const int SumDigits = 20;

    /// <summary>Rounds to <paramref name="digits"/> significant digits (half to even); never adds trailing zeros.</summary>
    public static decimal RoundSignificant(decimal value, int digits)
    {
        var magnitude = Math.Abs(value);
        var integerDigits = 0;
        while (magnitude >= 1m)
        {
            magnitude /= 10m;
            integerDigits++;
        }

        var decimals = Math.Clamp(digits - integerDigits, 0, 28);
        return Math.Round(value, decimals, MidpointRounding.ToEven);
    }
}
