using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Domain.Signals;

/// <summary>
/// A metric's signal for a week from the scorecard's input: its weekly values (for a ratio, the week's numerator over
/// its denominator, none when either is missing or the denominator is 0) of the <see cref="SignalBaseline.Weeks"/> weeks
/// before, judged with the week's own value. docs/scorecard.md, "Signal or noise".
/// </summary>
public static class MetricSignals
{
    public static WeekSignal Of(MetricDefinition metric, IsoWeek week, ScorecardInput input)
    {
        var valueOf = ValueOf(metric, input);
        return SignalBaseline.Of(week, valueOf, HighestPossible(metric)).Judge(valueOf(week));
    }

    /// <summary>The highest value a metric can have: 100 for an entered percentage, 1 for a percentage ratio (a fraction).</summary>
    public static decimal? HighestPossible(MetricDefinition metric) => metric.Unit != MetricUnit.Percent ? null
        : metric.IsRatio ? 1m
        : 100m;

    private static Func<IsoWeek, decimal?> ValueOf(MetricDefinition metric, ScorecardInput input)
    {
        if (!metric.IsRatio)
        {
            var values = input.ValuesOf(metric.Key);
            return week => values.TryGetValue(week, out var value) ? value : null;
        }

        var numerator = input.ValuesOf(metric.Numerator!);
        var denominator = input.ValuesOf(metric.Denominator!);
        return week => numerator.TryGetValue(week, out var top) && denominator.TryGetValue(week, out var bottom) && bottom != 0m
            ? top / bottom
            : null;
    }
}
