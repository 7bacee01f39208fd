using FunnelBot.Domain.Periods;

namespace FunnelBot.Domain.Away;

/// <summary>
/// The days of an absence, both ends included (calendar dates in the team's zone). A week is <b>away</b> when the
/// absence covers all five of its working days, Monday to Friday; a partly covered week is not away (prompts continue).
/// </summary>
public readonly record struct AbsencePeriod
{
    public AbsencePeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "An absence cannot end before it starts.");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public bool Contains(DateOnly day) => From <= day && day <= To;

    public bool Overlaps(AbsencePeriod other) => From <= other.To && other.From <= To;

    /// <summary>Whether the absence covers Monday to Friday of <paramref name="week"/>.</summary>
    public bool MakesAway(IsoWeek week) => From <= week.Monday && week.Monday.AddDays(4) <= To;

    /// <summary>The weeks it makes away, in order (consecutive, possibly none).</summary>
    public IReadOnlyList<IsoWeek> AwayWeeks()
    {
        var weeks = new List<IsoWeek>();
        for (var week = IsoWeek.Containing(From); week.Monday <= To; week = week.Next)
        {
            if (MakesAway(week))
            {
                weeks.Add(week);
            }
        }

        return weeks;
    }
}
