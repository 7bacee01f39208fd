using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;

namespace FunnelBot.Domain.CheckIns;

/// <summary>
/// How an answer is judged beyond its reading (<see cref="MetricValueReader"/>): the absurd-value rule and the funnel
/// rules, the same for the check-in and <c>/edit</c>.
/// </summary>
public static class AnswerRules
{
    /// <summary>
    /// A value is absurd when it is above <see cref="CheckInConversation.AbsurdFactor"/> times every reference that
    /// is known: the week's plan and the highest of the recent weeks. With neither known, nothing is absurd.
    /// </summary>
    public static bool IsAbsurd(decimal value, CheckInQuestion question)
    {
        decimal?[] references = [question.WeekPlan, question.HighestRecent];
        var known = references.OfType<decimal>().ToList();
        return known.Count > 0 && known.All(reference => value > CheckInConversation.AbsurdFactor * reference);
    }

    /// <summary>The funnel rules the value would break, with the other metric's value (<see cref="FunnelCheck.BrokenBy"/>).</summary>
    public static IReadOnlyList<FunnelOutcome> FunnelBreaks(string metric, IsoWeek week, decimal value, CheckInContext context) =>
        context.FunnelFacts.BrokenBy(metric, week, value);
}
