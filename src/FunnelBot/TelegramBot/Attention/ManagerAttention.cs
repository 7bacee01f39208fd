using FunnelBot.Configuration;
using FunnelBot.Domain.Attention;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Digest.Sources;

namespace FunnelBot.TelegramBot.Attention;

/// <summary>
/// Gathers what needs the manager in a week: metrics red in the week (<see cref="DigestFocus.IsRed"/>) without a cause
/// or a countermeasure (<see cref="MissingNotes"/>, over the notes the report reads), the tasks overdue today, owners
/// not away (<see cref="IAwayCalendar"/>) with values of the week missing, and the funnel rules the week's values break
/// that no entry confirmed (<see cref="FunnelPlausibility.Findings"/>). The week is the one being reported: what the
/// latest check-in prompt asked for (<see cref="IPromptedWeek"/>: from Monday to the next prompt, the week just ended),
/// else the reporting week, so that owners are not counted as missing a week they have not been asked about yet.
/// </summary>
public sealed class ManagerAttention
{
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly WeekNotesService _notes;
    private readonly IOverdueTasks _tasks;
    private readonly IAwayCalendar _away;
    private readonly WeeklyValueStore _values;
    private readonly FunnelPlausibility _funnel;
    private readonly ReportingWeek _reportingWeek;
    private readonly IPromptedWeek _prompted;
    private readonly TimeProvider _time;

    public ManagerAttention(
        TeamConfiguration team, ScorecardService scorecards, WeekNotesService notes, IOverdueTasks tasks, IAwayCalendar away,
        WeeklyValueStore values, FunnelPlausibility funnel, ReportingWeek reportingWeek, IPromptedWeek prompted, TimeProvider time)
    {
        _prompted = prompted;
        _time = time;
        _team = team;
        _scorecards = scorecards;
        _notes = notes;
        _tasks = tasks;
        _away = away;
        _values = values;
        _funnel = funnel;
        _reportingWeek = reportingWeek;
    }

    /// <summary>What needs the manager in the week being reported, overdue tasks as of today.</summary>
    public AttentionList Now() => For(WeekBeingReported(), _reportingWeek.Today);

    /// <summary>The week the latest prompt asked for when it is before the reporting week, else the reporting week.</summary>
    public IsoWeek WeekBeingReported()
    {
        var current = _reportingWeek.Current;
        return _prompted.Latest(_time.GetUtcNow()) is { } prompted && prompted < current ? prompted : current;
    }

    public AttentionList For(IsoWeek week, DateOnly today)
    {
        var notes = _notes.For(week);
        var red = new List<UnexplainedRed>();
        foreach (var score in _scorecards.Build(week).Metrics.Where(score => DigestFocus.IsRed(DigestKind.Weekly, score)))
        {
            var note = notes.For(score.Metric.Key);
            var missing = MissingNotes.Of(note.Causes.Count > 0 || note.OtherCause is not null, note.Countermeasures.Count, note.NoCountermeasure);
            if (missing != MissingNote.None)
            {
                red.Add(new UnexplainedRed(score, missing));
            }
        }

        var unconfirmed = _funnel.Findings(week).Where(finding => !finding.Confirmed).Select(finding => finding.Outcome).ToList();
        return new AttentionList(week, red, _tasks.Overdue(today), NotReported(week), unconfirmed);
    }

    private List<MissingReport> NotReported(IsoWeek week)
    {
        var reports = new List<MissingReport>();
        foreach (var member in _team.Members.Where(member => !_away.IsAway(member.Key, week)))
        {
            var metrics = _team.Metrics.Where(metric => metric.Kind == MetricKind.Entered && metric.Owner == member.Key).ToList();
            var missing = metrics.Count(metric => _values.Get(metric.Key, week) is null);
            if (missing > 0)
            {
                reports.Add(new MissingReport(member, missing, metrics.Count));
            }
        }

        return reports;
    }
}
