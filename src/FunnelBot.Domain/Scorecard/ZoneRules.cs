namespace FunnelBot.Domain.Scorecard;

/// <summary>Attainment and zone of an actual against a plan, as docs/scorecard.md, "Attainment and zones", describes them.</summary>
public static class ZoneRules
{
    public static (decimal? Attainment, Zone Zone) Evaluate(
        MetricDirection direction, decimal? actual, decimal? plan, ZoneThresholds thresholds)
    {
        if (plan is null || actual is null)
        {
            return (null, Zone.None);
        }

        var a = actual.Value;
        var p = plan.Value;
        if (p == 0m)
        {
            var zone = direction == MetricDirection.Higher || a == 0m ? Zone.Green : Zone.Red;
            return (null, zone);
        }

        switch (direction)
        {
            case MetricDirection.Higher:
            {
                var attainment = a / p;
                return (attainment, ByAttainment(attainment, thresholds));
            }

            case MetricDirection.Lower:
            {
                if (a == 0m)
                {
                    return (null, Zone.Green);
                }

                var attainment = p / a;
                return (attainment, ByAttainment(attainment, thresholds));
            }

            default:
            {
                var attainment = a / p;
                var deviation = Math.Abs(a - p) / p;
                var zone = deviation <= thresholds.TargetTolerance ? Zone.Green
                    : deviation <= 2 * thresholds.TargetTolerance ? Zone.Yellow
                    : Zone.Red;
                return (attainment, zone);
            }
        }
    }

    /// <summary>
    /// Whether a week's <paramref name="actual"/> against its <paramref name="plan"/> deserves the question "why"
    /// (docs/scorecard.md, "Deviations worth a question"): never when they differ by less than the metric's minimum;
    /// a bad week on red, and on yellow where the metric or the team says so; a good week from the attainment the
    /// metric or the team sets.
    /// </summary>
    public static DeviationKind Deviation(MetricDefinition metric, decimal actual, decimal? plan, ZoneThresholds thresholds)
    {
        if (plan is not { } planned)
        {
            return DeviationKind.None;
        }

        var rules = metric.Questions;
        var minimum = rules.MinDifference ?? (metric.Unit == MetricUnit.Count && !metric.IsRatio ? 1m : 0m);
        if (Math.Abs(actual - planned) < minimum)
        {
            return DeviationKind.None;
        }

        var (attainment, zone) = Evaluate(metric.Direction, actual, planned, thresholds);
        if (zone == Zone.Red || (zone == Zone.Yellow && (rules.AskWhyOnYellow ?? thresholds.AskWhyOnYellow)))
        {
            return DeviationKind.Negative;
        }

        return zone == Zone.Green && attainment >= (rules.AskWhyAbove ?? thresholds.AskWhyAbove) ? DeviationKind.Positive : DeviationKind.None;
    }

    private static Zone ByAttainment(decimal attainment, ZoneThresholds thresholds) =>
        attainment >= 1m ? Zone.Green : attainment >= thresholds.YellowFrom ? Zone.Yellow : Zone.Red;
}

/// <summary>Which way a weekly figure is off plan enough to ask why.</summary>
public enum DeviationKind
{
    None,
    Negative,
    Positive,
}
