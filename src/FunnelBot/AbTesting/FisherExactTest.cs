using MathNet.Numerics.Distributions;

namespace FunnelBot.AbTesting;

/// <summary>
/// Fisher's exact test of the 2×2 table (variant × converted or not): the two-sided p is the probability, with the
/// margins fixed, of every table no more likely than the one observed (the hypergeometric distribution of A's
/// conversions). Tables whose probability equals the observed one within a relative 1e-7 count as "no more likely",
/// as R's <c>fisher.test</c> does, so that rounding never drops a mirror table.
/// </summary>
public static class FisherExactTest
{
    private const double RelativeTolerance = 1e-7;

    public static double TwoSidedP(VariantCounts a, VariantCounts b)
    {
        if (!a.IsPossible || !b.IsPossible)
        {
            throw new ArgumentException("Conversions must lie between 0 and the trials.");
        }

        var population = checked((int)(a.Trials + b.Trials));
        var conversions = checked((int)(a.Conversions + b.Conversions));
        var draws = checked((int)a.Trials);
        if (population == 0 || conversions == 0 || conversions == population || draws == 0 || draws == population)
        {
            return 1.0;
        }

        var lowest = Math.Max(0, draws - (population - conversions));
        var highest = Math.Min(conversions, draws);
        var observed = Hypergeometric.PMFLn(population, conversions, draws, (int)a.Conversions);
        var limit = observed + Math.Log(1 + RelativeTolerance);
        var p = 0.0;
        for (var x = lowest; x <= highest; x++)
        {
            var ln = Hypergeometric.PMFLn(population, conversions, draws, x);
            if (ln <= limit)
            {
                p += Math.Exp(ln);
            }
        }

        return Math.Min(1.0, p);
    }
}
