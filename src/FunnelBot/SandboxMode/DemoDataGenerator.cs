using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>
/// Makes the demo team's data from the configuration and the current week, the same every time for the same inputs
/// (a fixed random seed): month plans for last year and this year with seasonality, ratio targets, and weekly values
/// from the first week of last year up to the week before the current one, around plan with noise and a few clear
/// misses (<see cref="DemoMissScenarios"/>). In the current week only every second member has reported yet, so that
/// a check-in has something to ask.
/// </summary>
public sealed class DemoDataGenerator
{
    public const int Seed = 20_26_11;

    /// <summary>Last year's plans were this much lower: the team grows.</summary>
    private const decimal LastYearScale = 0.90m;

    private readonly TeamConfiguration _team;

    public DemoDataGenerator(TeamConfiguration team) => _team = team;

    public DemoData Generate(IsoWeek current)
    {
        var random = new Random(Seed);
        var thisYear = current.Year;
        var lastYear = thisYear - 1;
        var entered = _team.Metrics.Where(m => m.Kind == MetricKind.Entered).ToList();
        var plans = new List<PlanEntry>();
        foreach (var metric in entered)
        {
            foreach (var year in new[] { lastYear, thisYear })
            {
                plans.AddRange(YearMonth.AllOf(year).Select(month => PlanEntry.ForMonth(metric.Key, month, MonthPlan(metric, month, thisYear))));
            }
        }

        foreach (var ratio in _team.Metrics.Where(m => m.IsRatio))
        {
            plans.AddRange(RatioTargets(ratio, lastYear, thisYear));
        }

        var misses = DemoMissScenarios.For(_team, current);
        var reportedNow = OwnersReportedThisWeek();
        var values = new List<WeeklyValue>();
        for (var week = new IsoWeek(lastYear, 1); week <= current; week = week.Next)
        {
            foreach (var metric in entered)
            {
                var value = WeekValue(metric, week, thisYear, random, misses);
                if (week < current || reportedNow.Contains(metric.Owner))
                {
                    values.Add(new WeeklyValue(metric.Key, week, value));
                }
            }
        }

        return new DemoData(plans, values, [.. misses.Values.Where(m => m.Week < current)]);
    }

    /// <summary>
    /// Of the members (not the manager) who own metrics, every second one in configuration order, starting with the
    /// second, has reported the current week; the others and the manager have not yet.
    /// </summary>
    private HashSet<string> OwnersReportedThisWeek()
    {
        var owners = _team.Members
            .Where(m => m.Role == MemberRole.Member && _team.Metrics.Any(metric => metric.Owner == m.Key && !metric.IsRatio))
            .Select(m => m.Key)
            .ToList();
        return [.. owners.Where((_, index) => index % 2 == 1)];
    }

    private static decimal Scale(int year, int thisYear) => year < thisYear ? LastYearScale : 1m;

    internal static decimal MonthPlan(MetricDefinition metric, YearMonth month, int thisYear) =>
        DemoMetricProfile.Round(
            DemoMetricProfile.WeeklyLevel(metric) * DemoMetricProfile.Season(month.Month) * Scale(month.Year, thisYear) * month.WeekCount,
            metric.Unit);

    private static decimal WeekValue(
        MetricDefinition metric, IsoWeek week, int thisYear, Random random, IReadOnlyDictionary<(string Metric, IsoWeek Week), DemoMiss> misses)
    {
        // The noise is drawn for every week, miss or not, so that adding a scenario does not shift the other weeks.
        var noise = (decimal)(Normal(random) * (metric.Direction == MetricDirection.Target ? 0.04 : 0.10));
        if (misses.TryGetValue((metric.Key, week), out var miss))
        {
            return miss.Actual;
        }

        var expected = DemoMetricProfile.WeeklyLevel(metric) * DemoMetricProfile.Season(week.Month.Month) * Scale(week.Year, thisYear);
        return DemoMetricProfile.Round(expected * (1m + noise), metric.Unit);
    }

    private static double Normal(Random random)
    {
        // Box-Muller: a standard normal from two uniforms; capped so that no week is absurd.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Clamp(z, -2.5, 2.5);
    }

    private IEnumerable<PlanEntry> RatioTargets(MetricDefinition ratio, int lastYear, int thisYear)
    {
        if (_team.FindMetric(ratio.Numerator ?? string.Empty) is not { } numerator
            || _team.FindMetric(ratio.Denominator ?? string.Empty) is not { } denominator)
        {
            yield break;
        }

        var target = DemoMetricProfile.WeeklyLevel(numerator) / DemoMetricProfile.WeeklyLevel(denominator);
        var easier = ratio.Direction == MetricDirection.Lower ? 1.05m : 0.95m;
        yield return PlanEntry.ForRatioTarget(ratio.Key, lastYear, DemoMetricProfile.RoundTwoDigits(target * easier));
        yield return PlanEntry.ForRatioTarget(ratio.Key, thisYear, DemoMetricProfile.RoundTwoDigits(target));
    }
}
