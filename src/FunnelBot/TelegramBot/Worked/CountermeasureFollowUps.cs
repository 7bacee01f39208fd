using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>
/// Follows closed countermeasures: a task set for a metric's week (at check-in) starts a follow-up when it closes, with
/// the causes of that week and the <c>Countermeasures:FollowWeeks</c> full weeks after the closing week; once they have
/// passed, <see cref="Judge"/> reads the week figures the scorecard computes and applies
/// <see cref="CountermeasureOutcomeRule"/>.
/// </summary>
public sealed class CountermeasureFollowUps
{
    private readonly TeamConfiguration _team;
    private readonly DeviationStore _deviations;
    private readonly CountermeasureFollowUpStore _followUps;
    private readonly ScorecardService _scorecards;
    private readonly TeamClock _clock;
    private readonly CountermeasureOptions _options;
    private readonly ScorecardEngine _engine;

    public CountermeasureFollowUps(
        TeamConfiguration team, DeviationStore deviations, CountermeasureFollowUpStore followUps, ScorecardService scorecards, TeamClock clock,
        IOptions<CountermeasureOptions> options)
    {
        _team = team;
        _deviations = deviations;
        _followUps = followUps;
        _scorecards = scorecards;
        _clock = clock;
        _options = options.Value;
        _engine = new ScorecardEngine(team.Team.Zones);
    }

    /// <summary>The weeks a task closed today would be followed for, or null when it is no countermeasure of a configured metric's week.</summary>
    public IReadOnlyList<IsoWeek>? WeeksToFollow(WorkTaskDocument task) =>
        task.Metric is { } metric && _team.FindMetric(metric) is not null && IsoWeek.TryParse(task.Week, out _)
            ? CountermeasureOutcomeRule.FollowedWeeks(_clock.Today, _options.FollowWeeks)
            : null;

    /// <summary>Starts following a task that has just closed (inside the closing's transaction); nothing for a task of no metric.</summary>
    public void Start(WorkTaskDocument task, string closedBy)
    {
        if (WeeksToFollow(task) is not { } weeks || !IsoWeek.TryParse(task.Week, out var causeWeek))
        {
            return;
        }

        var deviation = _deviations.Find(task.Metric!, causeWeek);
        _followUps.Start(new NewFollowUp(
            task.Id, task.Title, task.Owner, task.Metric!, causeWeek, deviation?.Causes ?? [], deviation?.OtherText,
            _clock.Today, closedBy, weeks));
    }

    /// <summary>The outcome of a follow-up from the figures as they are now.</summary>
    public CountermeasureVerdict Judge(CountermeasureFollowUpDocument followUp)
    {
        var first = IsoWeek.Parse(followUp.FirstWeek);
        var weeks = Enumerable.Range(0, followUp.FollowWeeks).Select(first.AddWeeks).ToList();
        if (_team.FindMetric(followUp.Metric) is not { } metric)
        {
            return CountermeasureOutcomeRule.Judge(MetricDirection.Higher, null, [.. weeks.Select(FollowedWeek.Missing)], _options.ImprovedBy);
        }

        var before = FollowedWeek.Of(IsoWeek.Parse(followUp.CauseWeek), Figures(metric, IsoWeek.Parse(followUp.CauseWeek)));
        var followed = weeks.Select(week => FollowedWeek.Of(week, Figures(metric, week))).ToList();
        return CountermeasureOutcomeRule.Judge(metric.Direction, before.Attainment, followed, _options.ImprovedBy);
    }

    private PeriodFigures? Figures(MetricDefinition metric, IsoWeek week) => _engine.WeekFigures(metric, week, _scorecards.LoadInput(week));
}
