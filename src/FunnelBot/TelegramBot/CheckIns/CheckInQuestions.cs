using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Scorecards;
using FunnelBot.Storage;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// Builds what the check-in shows and checks for each of a member's metrics: plan, last week, recent highest, current value,
/// the natural process limits of the 12 weeks before (the why question says whether the value is routine or exceptional);
/// and the funnel rules with the stored values around the week (<see cref="FunnelPlausibility"/>).
/// </summary>
public sealed class CheckInQuestions
{
    /// <summary>The absurd-value check compares with the highest of this many weeks before the reported one.</summary>
    public const int RecentWeeks = 13;
    private readonly TeamConfiguration _team;
    private readonly WeeklyValueStore _values;
    private readonly PlanStore _plans;
    private readonly CauseCatalogue _causes;
    private readonly ReportingWeek _reportingWeek;
    private readonly FunnelPlausibility _funnel;

    public CheckInQuestions(
        TeamConfiguration team, WeeklyValueStore values, PlanStore plans, CauseCatalogue causes, ReportingWeek reportingWeek, FunnelPlausibility funnel)
    {
        _funnel = funnel;
        _team = team;
        _values = values;
        _plans = plans;
        _causes = causes;
        _reportingWeek = reportingWeek;
    }

    /// <summary>The entered metrics a member owns, in configuration order.</summary>
    public IReadOnlyList<MetricDefinition> MetricsOf(string member) =>
        [.. _team.Metrics.Where(m => m.Kind == MetricKind.Entered && m.Owner == member)];

    public MetricDefinition? Metric(string key) => _team.FindMetric(key);

    /// <summary>Who may own a countermeasure task: the reporter first, then the other members who enter numbers.</summary>
    public IReadOnlyList<string> TaskOwners(string reporter) =>
        [reporter, .. _team.Members.Where(m => m.Key != reporter && m.Role != MemberRole.Observer).Select(m => m.Key)];

    public CheckInContext For(string member, IsoWeek week, CultureInfo culture) =>
        For(member, MetricsOf(member), week, culture);

    public CheckInContext For(string member, IReadOnlyList<MetricDefinition> metrics, IsoWeek week, CultureInfo culture) =>
        For(member, metrics, week, culture, PlansFor(metrics, week));

    /// <summary>
    /// The plans the questions for <paramref name="week"/> read (its year and the one before), for all the given metrics at
    /// once: a prompt round loads them once for every member instead of once per member.
    /// </summary>
    public IReadOnlyDictionary<string, MetricPlan> PlansFor(IEnumerable<MetricDefinition> metrics, IsoWeek week) =>
        _plans.LoadPlans([.. metrics.Select(m => m.Key).Distinct(StringComparer.Ordinal)], week.Year - 1, week.Year);

    /// <summary>
    /// The questions with <paramref name="plans"/> already loaded (<see cref="PlansFor"/>); the values are read by their
    /// ids, metric and week, so each member's figures are as stored at the moment the member is asked.
    /// </summary>
    public CheckInContext For(
        string member, IReadOnlyList<MetricDefinition> metrics, IsoWeek week, CultureInfo culture, IReadOnlyDictionary<string, MetricPlan> plans)
    {
        var questions = metrics.Select(metric =>
        {
            var plan = plans.TryGetValue(metric.Key, out var metricPlan) ? metricPlan.WeeklyPlan(week) : null;
            decimal? highest = null;
            var recent = new Dictionary<IsoWeek, decimal>(RecentWeeks);
            for (var back = 1; back <= RecentWeeks; back++)
            {
                if (_values.Get(metric.Key, week.AddWeeks(-back)) is { } value)
                {
                    recent[week.AddWeeks(-back)] = value;
                    highest = highest is null || value > highest ? value : highest;
                }
            }

            // The signal's 12 weeks before are among the 13 read for the highest: no reads of their own.
            var baseline = SignalBaseline.Of(week, w => recent.TryGetValue(w, out var value) ? value : null, MetricSignals.HighestPossible(metric));
            return new CheckInQuestion(metric, plan, recent.TryGetValue(week.Previous, out var last) ? last : null, highest, _values.Get(metric.Key, week))
            {
                Baseline = baseline,
            };
        });
        return new CheckInContext([.. questions], culture, _team.Team.Zones, _causes, TaskOwners(member), _reportingWeek.Today, _funnel.FactsFor(week));
    }
}
