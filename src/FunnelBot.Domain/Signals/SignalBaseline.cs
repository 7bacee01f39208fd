using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Signals;

/// <summary>
/// The baseline of a week's signal: the <see cref="Weeks"/> ISO weeks before <see cref="Week"/> (<see cref="First"/> to
/// <see cref="Last"/>), how many of them have a value, and the limits those values give, or null when they are fewer
/// than <see cref="XmrChart.MinimumValues"/>.
/// </summary>
public sealed record SignalBaseline(IsoWeek Week, int ValuesUsed, ProcessLimits? Limits)
{
    /// <summary>How many weeks before the judged one make its baseline.</summary>
    public const int Weeks = 12;

    /// <summary>The first baseline week.</summary>
    public IsoWeek First => Week.AddWeeks(-Weeks);

    /// <summary>The last baseline week: the one before the judged week.</summary>
    public IsoWeek Last => Week.Previous;

    /// <summary>
    /// The baseline of <paramref name="week"/> from <paramref name="valueOf"/> (a week's value, or null when it has none:
    /// a missing week is left out, not counted as 0); the upper limit is clamped at <paramref name="highestPossible"/>.
    /// </summary>
    public static SignalBaseline Of(IsoWeek week, Func<IsoWeek, decimal?> valueOf, decimal? highestPossible)
    {
        var values = new List<decimal>(Weeks);
        for (var back = Weeks; back >= 1; back--)
        {
            if (valueOf(week.AddWeeks(-back)) is { } value)
            {
                values.Add(value);
            }
        }

        return new SignalBaseline(week, values.Count, XmrChart.Limits(values, highestPossible));
    }

    /// <summary>The week's signal for <paramref name="value"/> (null: the week has no value).</summary>
    public WeekSignal Judge(decimal? value) => new(
        Limits is null ? SignalVerdict.NotEnoughHistory
        : value is not { } v ? SignalVerdict.NoValue
        : XmrChart.Judge(Limits, v),
        this,
        value);
}
