using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>What "what worked" shows for a period: the followed countermeasures, the good weeks' causes, the finished A/B tests.</summary>
public sealed record WorkedFacts(
    IReadOnlyList<CountermeasureFollowUpDocument> FollowUps,
    IReadOnlyList<DeviationDocument> GoodWeeks,
    IReadOnlyList<AbTestDocument> FinishedTests)
{
    public bool IsEmpty => FollowUps.Count == 0 && GoodWeeks.Count == 0 && FinishedTests.Count == 0;

    /// <summary>The follow-ups grouped by the causes they answered.</summary>
    public IReadOnlyList<CauseCountermeasures> ByCause() =>
        WorkedReport.ByCause(FollowUps.Select(f => new FollowedCountermeasure(f.Id, f.Title, f.Metric, f.Causes, f.Outcome)));

    /// <summary>The causes of the good weeks, most frequent first (the Pareto of <c>/reasons</c> over positive deviations only).</summary>
    public IReadOnlyList<ReasonsRow> GoodWeekCauses() =>
        ReasonsReport.Build(GoodWeeks.Select(d => new DeviationRecord(d.Metric, d.Causes, d.OtherText, d.Deviation)));
}

/// <summary>
/// Reads the facts of a period from the stores: follow-ups of tasks closed in its weeks, positive deviations of its
/// weeks, A/B tests finished in its weeks (in the team's zone).
/// </summary>
public sealed class WorkedData
{
    private readonly CountermeasureFollowUpStore _followUps;
    private readonly DeviationStore _deviations;
    private readonly AbTestStore _abTests;
    private readonly TeamClock _clock;

    public WorkedData(CountermeasureFollowUpStore followUps, DeviationStore deviations, AbTestStore abTests, TeamClock clock)
    {
        _followUps = followUps;
        _deviations = deviations;
        _abTests = abTests;
        _clock = clock;
    }

    public WorkedFacts Of(ReasonsPeriod period)
    {
        bool Within(IsoWeek week) => week >= period.First && week <= period.Last;
        return new WorkedFacts(
            [.. _followUps.All().Where(f => Within(IsoWeek.Containing(DateOnly.ParseExact(f.ClosedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))],
            [.. _deviations.Between(period.First, period.Last).Where(d => d.Kind == DeviationKind.Positive && d.Causes.Count > 0)],
            [.. _abTests.Finished().Where(t => t.FinishedAt is { } at && Within(IsoWeek.Containing(DateOnly.FromDateTime(_clock.Local(at)))))]);
    }
}
