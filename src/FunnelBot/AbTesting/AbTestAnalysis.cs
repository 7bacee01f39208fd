namespace FunnelBot.AbTesting;

/// <summary>
/// Every figure of an A/B test's card, from its weekly numbers: the totals per variant, Fisher's two-sided p, the
/// probability that B beats A and the expected loss of choosing each, the sample each variant needs to detect the
/// minimum lift over A's rate (α 0.05, power 0.8), how many trials are still missing and how many weeks that is at the
/// slower variant's average weekly volume. Figures that cannot be had (no trials yet, no conversion in A) are null.
/// </summary>
public sealed record AbTestAnalysis(
    VariantCounts A,
    VariantCounts B,
    int WeeksWithNumbers,
    double? FisherP,
    double? ProbabilityBBeatsA,
    double? LossChoosingA,
    double? LossChoosingB,
    long? NeededPerVariant,
    long? StillNeededPerVariant,
    int? WeeksStillNeeded,
    AbTestVerdict Verdict)
{
    /// <summary>Analyses the weeks' numbers of variant A and B (each week's pair counted once).</summary>
    public static AbTestAnalysis Of(IReadOnlyCollection<(VariantCounts A, VariantCounts B)> weeks, AbTestRules rules)
    {
        var a = weeks.Aggregate(new VariantCounts(0, 0), (sum, week) => sum.Plus(week.A));
        var b = weeks.Aggregate(new VariantCounts(0, 0), (sum, week) => sum.Plus(week.B));
        var compared = a.Trials > 0 && b.Trials > 0;
        double? fisher = compared ? FisherExactTest.TwoSidedP(a, b) : null;
        double? beats = compared ? BayesianComparison.ProbabilityBBeatsA(a, b) : null;
        double? lossA = compared ? BayesianComparison.ExpectedLoss(a, b) : null;
        double? lossB = compared ? BayesianComparison.ExpectedLoss(b, a) : null;

        var needed = Needed(a, b, rules.MinimumDetectableLift);
        var reached = Math.Min(a.Trials, b.Trials);
        long? stillNeeded = needed is { } n ? Math.Max(0, n - reached) : null;
        int? weeksNeeded = null;
        if (stillNeeded is { } missing && weeks.Count > 0 && reached > 0)
        {
            // missing ÷ (reached ÷ weeks), rounded up, in whole numbers so that an exact quotient is never one week more.
            weeksNeeded = (int)Math.Min(int.MaxValue, ((missing * weeks.Count) + reached - 1) / reached);
        }

        var verdict = reached < rules.MinimumPerVariant || fisher is null
            ? AbTestVerdict.TooEarly
            : fisher >= AbTestRules.SignificanceLevel
                ? AbTestVerdict.NoClearDifference
                : b.Rate > a.Rate ? AbTestVerdict.BBetter : AbTestVerdict.ABetter;
        return new AbTestAnalysis(a, b, weeks.Count, fisher, beats, lossA, lossB, needed, stillNeeded, weeksNeeded, verdict);
    }

    /// <summary>The baseline is A's rate (the pooled rate while A has no conversion); none while nothing converted.</summary>
    private static long? Needed(VariantCounts a, VariantCounts b, double lift)
    {
        var pooled = a.Plus(b);
        var baseline = a.Conversions > 0 ? a.Rate : pooled.Conversions > 0 ? pooled.Rate : null;
        if (baseline is not { } p1 || p1 >= 1 || lift <= 0)
        {
            return null;
        }

        var p2 = p1 * (1 + lift);
        return p2 >= 1 ? null : SampleSize.PerVariant(p1, p2);
    }
}
