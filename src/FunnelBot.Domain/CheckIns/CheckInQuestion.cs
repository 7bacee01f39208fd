using System.Globalization;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;

namespace FunnelBot.Domain.CheckIns;

/// <summary>What the check-in knows about one metric when it asks for it.</summary>
public sealed record CheckInQuestion(
    MetricDefinition Metric,
    decimal? WeekPlan,
    decimal? LastWeekValue,
    decimal? HighestRecent,
    decimal? CurrentValue)
{
    /// <summary>The natural process limits of the 12 weeks before the week, which the why question judges the value by; null when not known.</summary>
    public SignalBaseline? Baseline { get; init; }
}

/// <summary>
/// The facts a step needs: the questions in the state's order, the member's culture for numbers and dates, the zone
/// thresholds and cause catalogue for deviations, who may own a countermeasure (the reporter first), today's date
/// in the team's zone, and the funnel rules with the stored values an entered value is checked against.
/// </summary>
public sealed record CheckInContext(
    IReadOnlyList<CheckInQuestion> Questions,
    CultureInfo Culture,
    ZoneThresholds? Thresholds = null,
    CauseCatalogue? Causes = null,
    IReadOnlyList<string>? TaskOwners = null,
    DateOnly Today = default,
    FunnelFacts? Funnel = null)
{
    public FunnelFacts FunnelFacts => Funnel ?? FunnelFacts.None;

    public ZoneThresholds ZoneThresholds => Thresholds ?? ZoneThresholds.Default;

    public CauseCatalogue CauseCatalogue => Causes ?? CauseCatalogue.Default;

    public IReadOnlyList<string> Owners => TaskOwners ?? [];

    /// <summary>The causes offered for the draft's metric and direction.</summary>
    public IReadOnlyList<Cause> CausesFor(DeviationDraft draft) =>
        Find(draft.Metric) is { } question ? CauseCatalogue.For(question.Metric.Stage, draft.Kind) : [];

    public CheckInQuestion? Find(string metric) => Questions.FirstOrDefault(q => q.Metric.Key == metric);
}
