using MathNet.Numerics;

namespace FunnelBot.AbTesting;

/// <summary>
/// The Bayesian reading of an A/B test with Beta(1, 1) priors, computed exactly (no sampling):
/// <list type="bullet">
/// <item>P(B beats A) = P(p_B &gt; p_A) by Evan Miller's closed form ("Formulas for Bayesian A/B Testing"):
/// Σ_{i=0}^{α_B−1} B(α_A + i, β_A + β_B) / ((β_B + i) · B(1 + i, β_B) · B(α_A, β_A)).</item>
/// <item>The expected loss of choosing a variant, E[max(p_other − p_chosen, 0)] (Chris Stucchio's decision rule): by
/// E[p_B · 1{p_B &gt; p_A}] = mean_B · P(B⁺ &gt; A) with B⁺ the size-biased belief, it is
/// mean_other · P(other⁺ &gt; chosen) − mean_chosen · P(other &gt; chosen⁺).</item>
/// </list>
/// Each sum has α terms (conversions + 1), so it is quick for the counts a B2B team has.
/// </summary>
public static class BayesianComparison
{
    public static double ProbabilityBBeatsA(VariantCounts a, VariantCounts b) =>
        ProbabilityGreater(BetaPosterior.FromUniformPrior(b), BetaPosterior.FromUniformPrior(a));

    /// <summary>The rate given up, on average, by choosing <paramref name="chosen"/> over <paramref name="other"/>.</summary>
    public static double ExpectedLoss(VariantCounts chosen, VariantCounts other)
    {
        var c = BetaPosterior.FromUniformPrior(chosen);
        var o = BetaPosterior.FromUniformPrior(other);
        var loss = (o.Mean * ProbabilityGreater(o.SizeBiased, c)) - (c.Mean * ProbabilityGreater(o, c.SizeBiased));
        return Math.Max(0.0, loss);
    }

    /// <summary>P(X &gt; Y) for independent X ~ Beta(x), Y ~ Beta(y), X's α a whole number.</summary>
    public static double ProbabilityGreater(BetaPosterior x, BetaPosterior y)
    {
        var total = 0.0;
        var denominatorY = SpecialFunctions.BetaLn(y.Alpha, y.Beta);
        for (long i = 0; i < x.Alpha; i++)
        {
            var ln = SpecialFunctions.BetaLn(y.Alpha + i, y.Beta + x.Beta)
                - Math.Log(x.Beta + i)
                - SpecialFunctions.BetaLn(1 + i, x.Beta)
                - denominatorY;
            total += Math.Exp(ln);
        }

        return Math.Clamp(total, 0.0, 1.0);
    }
}
