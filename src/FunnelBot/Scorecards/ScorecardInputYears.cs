using FunnelBot.Domain.Periods;

namespace FunnelBot.Scorecards;

/// <summary>
/// The ISO years of the values and plans a week's scorecard input holds. Values: the report's year and the one before
/// it (last year's figures). Plans: the report's year (its month, quarter and year plans), and the year before only
/// when a consumer may look back into it: the weeks of <see cref="WeeksLookedBack"/>, the longest look-back of a
/// consumer (the <c>/status</c> trend; the digest's three-week streak is shorter), reach the year before only in the
/// first weeks of a year. The signal's baseline (the 12 weeks before the report's, <c>Domain.Signals.SignalBaseline</c>)
/// reads values only, which the two value years always cover.
/// </summary>
public sealed record ScorecardInputYears(int FirstValueYear, int FirstPlanYear, int LastYear)
{
    /// <summary>How many weeks up to and including the report's week a consumer of the input may compute.</summary>
    public const int WeeksLookedBack = 13;

    public static ScorecardInputYears Of(IsoWeek week) =>
        new(week.Year - 1, week.AddWeeks(-(WeeksLookedBack - 1)).Year, week.Year);
}
