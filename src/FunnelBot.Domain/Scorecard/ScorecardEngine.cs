using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Signals;

namespace FunnelBot.Domain.Scorecard;

/// <summary>
/// Computes the scorecard as docs/scorecard.md describes every number. A metric whose figures cannot be computed
/// (a stored value or plan above <see cref="CheckIns.UnitRules.MaxValue"/>, or arithmetic that overflows) is left out
/// of <see cref="ScorecardReport.Metrics"/> and listed in <see cref="ScorecardReport.Unavailable"/>; the others are
/// computed as always.
/// </summary>
public sealed class ScorecardEngine
{
    private readonly ZoneThresholds _thresholds;

    public ScorecardEngine(ZoneThresholds thresholds)
    {
        _thresholds = thresholds;
    }

    public ScorecardReport Compute(IsoWeek week, IReadOnlyList<MetricDefinition> metrics, ScorecardInput input)
    {
        var windows = new Windows(
            ReportWindow.WeekOf(week), ReportWindow.MonthOf(week), ReportWindow.QuarterOf(week), ReportWindow.YearOf(week));
        var scores = new List<MetricScore>(metrics.Count);
        var unavailable = new List<MetricDefinition>();
        foreach (var metric in metrics)
        {
            if (TryScore(metric, week, windows, input) is { } score)
            {
                scores.Add(score);
            }
            else
            {
                unavailable.Add(metric);
            }
        }

        return new ScorecardReport(week, scores) { Unavailable = unavailable };
    }

    /// <summary>The figures of one metric for one week only (for trends); null when they cannot be computed.</summary>
    public PeriodFigures? WeekFigures(MetricDefinition metric, IsoWeek week, ScorecardInput input)
    {
        if (!FiguresBound.IsWithin(metric, input))
        {
            return null;
        }

        try
        {
            var figures = metric.IsRatio
                ? RatioFigures(metric, week, ReportWindow.WeekOf(week), input)
                : EnteredFigures(metric, ReportWindow.WeekOf(week), input, isWeek: true);
            _ = figures.ChangeAgainstLastYear;
            return figures;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private MetricScore? TryScore(MetricDefinition metric, IsoWeek week, Windows windows, ScorecardInput input)
    {
        if (!FiguresBound.IsWithin(metric, input))
        {
            return null;
        }

        try
        {
            var score = Score(metric, week, windows, input);

            // Derived on reading: computed here once, so that an overflow shows now rather than in a renderer.
            _ = (score.Week.ChangeAgainstLastYear, score.Month.ChangeAgainstLastYear, score.Quarter.ChangeAgainstLastYear, score.Year.ChangeAgainstLastYear);
            return score;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private MetricScore Score(MetricDefinition metric, IsoWeek week, Windows windows, ScorecardInput input)
    {
        if (metric.IsRatio)
        {
            return new MetricScore(
                metric,
                input.HasValue(metric, week),
                RatioFigures(metric, week, windows.Week, input),
                RatioFigures(metric, week, windows.Month, input),
                RatioFigures(metric, week, windows.Quarter, input),
                RatioFigures(metric, week, windows.Year, input))
            {
                Signal = MetricSignals.Of(metric, week, input),
            };
        }

        return new MetricScore(
            metric,
            input.HasValue(metric, week),
            EnteredFigures(metric, windows.Week, input, isWeek: true),
            EnteredFigures(metric, windows.Month, input, isWeek: false),
            EnteredFigures(metric, windows.Quarter, input, isWeek: false),
            EnteredFigures(metric, windows.Year, input, isWeek: false))
        {
            Signal = MetricSignals.Of(metric, week, input),
        };
    }

    private PeriodFigures EnteredFigures(MetricDefinition metric, ReportWindow window, ScorecardInput input, bool isWeek)
    {
        var values = input.ValuesOf(metric.Key);
        var plans = input.PlanOf(metric.Key);
        var (actual, weeksWithValues) = Sum(values, window.Counted);
        var plan = plans.SumOfWeeklyPlans(window.Counted);
        var planFull = plans.SumOfWeeklyPlans(window.Full);
        var lastYear = SumIfAny(values, window.LastYear);
        var (attainment, zone) = ZoneRules.Evaluate(metric.Direction, actual, plan, _thresholds);
        decimal? forecast = isWeek ? null : Forecast(actual, plan, planFull, window);
        var weeksLeft = window.Full.Count - window.Counted.Count;
        return new PeriodFigures(actual, plan, planFull, attainment, zone, lastYear, forecast)
        {
            WeeksWithValues = weeksWithValues,
            WeeksLeft = weeksLeft,
            NeededPerWeek = isWeek ? null : NeededPerWeek(actual, planFull, weeksLeft),
        };
    }

    private PeriodFigures RatioFigures(MetricDefinition metric, IsoWeek week, ReportWindow window, ScorecardInput input)
    {
        var numerator = input.ValuesOf(metric.Numerator!);
        var denominator = input.ValuesOf(metric.Denominator!);
        var actual = Ratio(Sum(numerator, window.Counted).Sum, Sum(denominator, window.Counted).Sum);
        var plan = input.PlanOf(metric.Key).RatioTarget(week.Year);
        var lastYearNumerator = SumIfAny(numerator, window.LastYear);
        var lastYearDenominator = SumIfAny(denominator, window.LastYear);
        decimal? lastYear = lastYearNumerator is null && lastYearDenominator is null
            ? null
            : Ratio(lastYearNumerator ?? 0m, lastYearDenominator ?? 0m);
        var (attainment, zone) = ZoneRules.Evaluate(metric.Direction, actual, plan, _thresholds);
        return new PeriodFigures(actual, plan, null, attainment, zone, lastYear, null)
        {
            WeeksWithValues = WeeksWithBoth(numerator, denominator, window.Counted),
            WeeksLeft = window.Full.Count - window.Counted.Count,
        };
    }

    /// <summary>docs/scorecard.md, "Missing, pace and forecast as shown": what each remaining week must bring.</summary>
    private static decimal? NeededPerWeek(decimal actual, decimal? planFull, int weeksLeft) =>
        planFull is { } full && weeksLeft > 0 ? Math.Max(0m, (full - actual) / weeksLeft) : null;

    private static decimal? Forecast(decimal actual, decimal? plan, decimal? planFull, ReportWindow window) =>
        plan is > 0m && planFull is { } full
            ? Scale(actual, full, plan.Value)
            : Scale(actual, window.Full.Count, window.Counted.Count);

    /// <summary>value x numerator / denominator, multiplying first so that 15 / 45 x 60 is exactly 20, not 19.99...98.</summary>
    private static decimal Scale(decimal value, decimal numerator, decimal denominator)
    {
        try
        {
            return value * numerator / denominator;
        }
        catch (OverflowException)
        {
            return value / denominator * numerator;
        }
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;

    private static (decimal Sum, int Weeks) Sum(IReadOnlyDictionary<IsoWeek, decimal> values, IReadOnlyList<IsoWeek> weeks)
    {
        var sum = 0m;
        var counted = 0;
        foreach (var week in weeks)
        {
            if (values.TryGetValue(week, out var value))
            {
                sum += value;
                counted++;
            }
        }

        return (sum, counted);
    }

    private static int WeeksWithBoth(
        IReadOnlyDictionary<IsoWeek, decimal> first, IReadOnlyDictionary<IsoWeek, decimal> second, IReadOnlyList<IsoWeek> weeks)
    {
        var counted = 0;
        foreach (var week in weeks)
        {
            if (first.ContainsKey(week) && second.ContainsKey(week))
            {
                counted++;
            }
        }

        return counted;
    }

    private static decimal? SumIfAny(IReadOnlyDictionary<IsoWeek, decimal> values, IReadOnlyList<IsoWeek> weeks)
    {
        decimal? sum = null;
        foreach (var week in weeks)
        {
            if (values.TryGetValue(week, out var value))
            {
                sum = (sum ?? 0m) + value;
            }
        }

        return sum;
    }

    private sealed record Windows(ReportWindow Week, ReportWindow Month, ReportWindow Quarter, ReportWindow Year);
}
