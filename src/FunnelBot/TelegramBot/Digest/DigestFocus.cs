using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// Which metrics the digest is about: the headline metrics (<c>Team:HeadlineMetrics</c>) and the others that need
/// attention: red in the digest's period, off plan (yellow or red) in the report's week and the two weeks before it, or
/// exceptional in the report's week (outside the natural process limits of the 12 weeks before it).
/// The digest's headline and attention sections and its chart all choose by this one rule.
/// </summary>
public sealed class DigestFocus
{
    /// <summary>Weeks in a row off plan that make a standing issue.</summary>
    public const int StreakWeeks = 3;

    private readonly TeamConfiguration _team;
    private readonly ScorecardEngine _engine;

    public DigestFocus(TeamConfiguration team)
    {
        _team = team;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    /// <summary>The figures the digest leads with: the week's, or the month's for the monthly results.</summary>
    public static PeriodFigures MainFigures(DigestKind kind, MetricScore score) => kind == DigestKind.Weekly ? score.Week : score.Month;

    public bool IsHeadline(MetricDefinition metric) => _team.Team.HeadlineMetrics.Contains(metric.Key, StringComparer.Ordinal);

    /// <summary>Red in the digest's period (a metric without a value is not red: its owner has not reported).</summary>
    public static bool IsRed(DigestKind kind, MetricScore score) => MainFigures(kind, score) is { HasValues: true, Zone: Zone.Red };

    /// <summary>Yellow or red in the report's week and the two before it (a missing week counts with its 0).</summary>
    public bool IsOffPlanThreeWeeks(MetricDefinition metric, IsoWeek week, ScorecardInput input) =>
        Enumerable.Range(0, StreakWeeks)
            .Select(back => _engine.WeekFigures(metric, week.AddWeeks(-back), input)?.Zone ?? Zone.None)
            .All(zone => zone is Zone.Yellow or Zone.Red);

    /// <summary>
    /// The report's week is exceptional, above or below the natural process limits of the 12 weeks before it
    /// (docs/scorecard.md, "Signal or noise"): worth a look either way.
    /// </summary>
    public static bool IsExceptional(MetricScore score) => score.Signal.IsExceptional;

    /// <summary>Whether the metric needs attention: red in the digest's period, off plan three weeks running, or exceptional.</summary>
    public bool NeedsAttention(DigestKind kind, MetricScore score, IsoWeek week, ScorecardInput input) =>
        IsRed(kind, score) || IsExceptional(score) || IsOffPlanThreeWeeks(score.Metric, week, input);

    /// <summary>
    /// <see cref="Shown(DigestKind, ScorecardReport, ScorecardInput)"/> of the week's scorecard, computed here without
    /// logging its unavailable metrics again (the digest's text has logged them).
    /// </summary>
    public IReadOnlyList<string> Shown(DigestKind kind, IsoWeek week, ScorecardInput input) =>
        Shown(kind, _engine.Compute(week, _team.Metrics, input), input);

    /// <summary>The keys of the metrics the digest shows, headline metrics first, then those needing attention, each in configuration order.</summary>
    public IReadOnlyList<string> Shown(DigestKind kind, ScorecardReport report, ScorecardInput input)
    {
        var others = report.Metrics.Where(score => !IsHeadline(score.Metric))
            .Where(score => NeedsAttention(kind, score, report.Week, input))
            .Select(score => score.Metric.Key);
        return [.. _team.Team.HeadlineMetrics.Where(key => _team.FindMetric(key) is not null), .. others];
    }
}
