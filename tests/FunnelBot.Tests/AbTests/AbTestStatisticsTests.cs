using FunnelBot.AbTesting;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace FunnelBot.Tests.AbTests;

/// <summary>The A/B test's figures against published worked examples and exact cases, each named where it comes from.</summary>
public sealed class AbTestStatisticsTests
{
    [Fact]
    public void Fisher_TeaTasting_TwoSidedPIs34Of70()
    {
        // Fisher's lady tasting tea (The Design of Experiments, 1935; R's fisher.test example "TeaTasting", after
        // Agresti 2002): 3 of 4 milk-first cups and 1 of 4 tea-first cups named milk-first. R gives p = 0.2429 one-sided;
        // the two-sided p is the tables no more likely than the observed one, (1 + 16 + 16 + 1) / 70 = 0.4857.
        var p = FisherExactTest.TwoSidedP(new VariantCounts(4, 3), new VariantCounts(4, 1));

        Assert.Equal(0.4857, p, 4);
        Assert.Equal(34.0 / 70.0, p, 12);
    }

    [Fact]
    public void Fisher_ContraceptivesAndObesity_TwoTailsIs0_0606()
    {
        // Calcugator's chi2_fisherexact tutorial (calcugator.com, function FN_chi2_fisherexact): 4 of 4 women on chemical
        // contraceptives obese, 2 of 7 on mechanical ones; "Two-tails probability: 0.06060606060606056".
        var p = FisherExactTest.TwoSidedP(new VariantCounts(4, 4), new VariantCounts(7, 2));

        Assert.Equal(0.0606060606, p, 9);
    }

    [Fact]
    public void Fisher_SameRates_PIsOne_AndOrderOfVariantsDoesNotMatter()
    {
        Assert.Equal(1.0, FisherExactTest.TwoSidedP(new VariantCounts(40, 4), new VariantCounts(40, 4)), 9);
        Assert.Equal(
            FisherExactTest.TwoSidedP(new VariantCounts(120, 9), new VariantCounts(130, 21)),
            FisherExactTest.TwoSidedP(new VariantCounts(130, 21), new VariantCounts(120, 9)),
            12);
    }

    [Fact]
    public void Fisher_ImpossibleCounts_Refused()
    {
        Assert.Throws<ArgumentException>(() => FisherExactTest.TwoSidedP(new VariantCounts(3, 4), new VariantCounts(4, 1)));
    }

    [Fact]
    public void ProbabilityBBeatsA_ExactCases()
    {
        // No data: two uniform beliefs, so 1/2. One conversion of one trial for B: B ~ Beta(2, 1), A ~ Beta(1, 1),
        // P(B > A) = ∫ 2b · b db = 2/3. One failure for B: B ~ Beta(1, 2), P = ∫ 2(1 − b) · b db = 1/3.
        Assert.Equal(0.5, BayesianComparison.ProbabilityBBeatsA(new VariantCounts(0, 0), new VariantCounts(0, 0)), 12);
        Assert.Equal(2.0 / 3.0, BayesianComparison.ProbabilityBBeatsA(new VariantCounts(0, 0), new VariantCounts(1, 1)), 12);
        Assert.Equal(1.0 / 3.0, BayesianComparison.ProbabilityBBeatsA(new VariantCounts(0, 0), new VariantCounts(1, 0)), 12);
    }

    [Fact]
    public void ProbabilityBBeatsA_ClosedForm_EqualsTheIntegral()
    {
        // Evan Miller's closed form against the defining integral P(B > A) = ∫ f_B(b) · F_A(b) db, integrated numerically
        // (double-exponential rule, deterministic) for 120 of 1,000 against 145 of 1,000.
        var a = new VariantCounts(1000, 120);
        var b = new VariantCounts(1000, 145);
        var integral = Integrate.DoubleExponential(
            x => Beta.PDF(146, 856, x) * Beta.CDF(121, 881, x), 0.0, 1.0, 1e-12);

        var closed = BayesianComparison.ProbabilityBBeatsA(a, b);

        Assert.Equal(integral, closed, 8);
        Assert.Equal(1.0, closed + BayesianComparison.ProbabilityBBeatsA(b, a), 10);
    }

    [Fact]
    public void ExpectedLoss_ExactCases()
    {
        // Two uniform beliefs: E[max(U − V, 0)] = 1/6 either way. B ~ Beta(2, 1) against a uniform A:
        // choosing A loses E[max(B − A, 0)] = ∫ 2b · b²/2 db = 1/4, choosing B loses ∫ 2b · (1 − b)²/2 db = 1/12;
        // the two differ by E[B − A] = 2/3 − 1/2.
        var none = new VariantCounts(0, 0);
        var one = new VariantCounts(1, 1);

        Assert.Equal(1.0 / 6.0, BayesianComparison.ExpectedLoss(none, none), 12);
        Assert.Equal(1.0 / 4.0, BayesianComparison.ExpectedLoss(none, one), 12);
        Assert.Equal(1.0 / 12.0, BayesianComparison.ExpectedLoss(one, none), 12);
    }

    [Fact]
    public void ExpectedLoss_ClosedForm_EqualsTheIntegral()
    {
        // Loss of choosing A = ∫ f_A(a) · ∫_a^1 (b − a) f_B(b) db da, the inner integral written with B's regularized
        // incomplete beta: mean_B · (1 − I_a(α_B + 1, β_B)) − a · (1 − I_a(α_B, β_B)).
        var a = new VariantCounts(300, 12);
        var b = new VariantCounts(310, 19);
        var meanB = 20.0 / 312.0;
        var integral = Integrate.DoubleExponential(
            x => Beta.PDF(13, 289, x) * ((meanB * (1 - Beta.CDF(21, 292, x))) - (x * (1 - Beta.CDF(20, 292, x)))), 0.0, 1.0, 1e-12);

        Assert.Equal(integral, BayesianComparison.ExpectedLoss(a, b), 9);
    }

    [Fact]
    public void SampleSize_RDocumentationExample()
    {
        // R's power.prop.test documentation, example power.prop.test(p1 = .50, p2 = .75, power = .90): n = 76.7 per group.
        Assert.Equal(76.7, SampleSize.PerVariantExact(0.50, 0.75, power: 0.90), 1);
        Assert.Equal(77, SampleSize.PerVariant(0.50, 0.75, power: 0.90));
    }

    [Fact]
    public void SampleSize_DefaultsAreAlpha5PercentPower80()
    {
        // The same formula at the defaults: 10% against 15% needs 685.6, so 686 per variant (power.prop.test gives 685.9
        // with its root finder's tolerance).
        Assert.Equal(685.6, SampleSize.PerVariantExact(0.10, 0.15), 1);
        Assert.Equal(686, SampleSize.PerVariant(0.10, 0.15));
    }

    [Fact]
    public void Analysis_BeforeTheMinimum_NoVerdict_AndWeeksFromTheSlowerVariant()
    {
        var weeks = new List<(VariantCounts, VariantCounts)>
        {
            (new VariantCounts(40, 4), new VariantCounts(30, 6)),
            (new VariantCounts(40, 4), new VariantCounts(30, 6)),
        };

        var analysis = AbTestAnalysis.Of(weeks, new AbTestRules(MinimumPerVariant: 100, MinimumDetectableLift: 0.5));

        Assert.Equal(AbTestVerdict.TooEarly, analysis.Verdict);
        Assert.Equal(new VariantCounts(80, 8), analysis.A);
        Assert.Equal(new VariantCounts(60, 12), analysis.B);
        Assert.Equal(FisherExactTest.TwoSidedP(analysis.A, analysis.B), analysis.FisherP);

        // 10% against 15%: 686 a variant; B has 60 in two weeks, 30 a week, so 626 more take 21 weeks.
        Assert.Equal(686, analysis.NeededPerVariant);
        Assert.Equal(626, analysis.StillNeededPerVariant);
        Assert.Equal(21, analysis.WeeksStillNeeded);
    }

    [Fact]
    public void Analysis_NoTrials_NoFigures()
    {
        var analysis = AbTestAnalysis.Of([], new AbTestRules(30, 0.5));

        Assert.Null(analysis.FisherP);
        Assert.Null(analysis.ProbabilityBBeatsA);
        Assert.Null(analysis.NeededPerVariant);
        Assert.Null(analysis.WeeksStillNeeded);
        Assert.Equal(AbTestVerdict.TooEarly, analysis.Verdict);
    }

    [Fact]
    public void Analysis_ClearDifferencePastTheMinimum_NamesTheBetterVariant()
    {
        var analysis = AbTestAnalysis.Of([(new VariantCounts(200, 10), new VariantCounts(200, 30))], new AbTestRules(100, 0.5));

        Assert.True(analysis.FisherP < 0.05);
        Assert.Equal(AbTestVerdict.BBetter, analysis.Verdict);
    }
}
