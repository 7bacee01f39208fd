using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Plausibility;

/// <summary>
/// Checks weekly values against the funnel rules: which rules a week breaks, and which a value about to be entered
/// would break. A rule over several weeks sums each metric over the weeks of its window where both are known; the
/// checked week must have both, else the rule says nothing for it. The one check of the check-in, <c>/edit</c>, the
/// import, the digest and the report.
/// </summary>
public sealed class FunnelCheck
{
    public FunnelCheck(IReadOnlyList<FunnelRule> rules)
    {
        Rules = rules;
    }

    public static FunnelCheck None { get; } = new([]);

    public IReadOnlyList<FunnelRule> Rules { get; }

    /// <summary>The rules that compare <paramref name="metric"/>, on either side.</summary>
    public IReadOnlyList<FunnelRule> Involving(string metric) => [.. Rules.Where(rule => rule.Involves(metric))];

    /// <summary>The rule checked for the window ending with <paramref name="week"/>.</summary>
    public static FunnelOutcome Evaluate(FunnelRule rule, IsoWeek week, FunnelValues values)
    {
        if (values.Get(rule.Metric, week) is null || values.Get(rule.AtMost, week) is null)
        {
            return new FunnelOutcome(rule, week, null, null);
        }

        decimal value = 0m, atMost = 0m;
        for (var back = 0; back < rule.Weeks; back++)
        {
            var day = week.AddWeeks(-back);
            if (values.Get(rule.Metric, day) is { } metric && values.Get(rule.AtMost, day) is { } other)
            {
                value += metric;
                atMost += other;
            }
        }

        return new FunnelOutcome(rule, week, value, atMost);
    }

    /// <summary>Every rule checked for <paramref name="week"/>, in the rules' order.</summary>
    public IReadOnlyList<FunnelOutcome> Outcomes(IsoWeek week, FunnelValues values) => [.. Rules.Select(rule => Evaluate(rule, week, values))];

    /// <summary>The rules <paramref name="week"/> breaks.</summary>
    public IReadOnlyList<FunnelOutcome> Broken(IsoWeek week, FunnelValues values) => [.. Outcomes(week, values).Where(outcome => outcome.IsBroken)];

    /// <summary>
    /// The rules that <paramref name="value"/> for <paramref name="metric"/> in <paramref name="week"/> would break: each
    /// rule comparing the metric, for every window that contains the week (the window ending with it first).
    /// </summary>
    public IReadOnlyList<FunnelOutcome> BrokenBy(string metric, IsoWeek week, decimal value, FunnelValues values)
    {
        var with = values.With(metric, week, value);
        var broken = new List<FunnelOutcome>();
        foreach (var rule in Involving(metric))
        {
            for (var ahead = 0; ahead < rule.Weeks; ahead++)
            {
                var outcome = Evaluate(rule, week.AddWeeks(ahead), with);
                if (outcome.IsBroken)
                {
                    broken.Add(outcome);
                    break;
                }
            }
        }

        return broken;
    }
}
