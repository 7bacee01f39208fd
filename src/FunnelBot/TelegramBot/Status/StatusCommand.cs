using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Status;

/// <summary>
/// <c>/status [metric|@member|2026-W47]</c>: the team scorecard for the reporting week (month, quarter and year to date
/// and zones), one member's metrics, one metric's last 13 weeks, or another week. In private chats and the team group.
/// </summary>
public sealed class StatusCommand : IBotCommand
{
    private const int TrendWeeks = 13;
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly ReportingWeek _reportingWeek;
    private readonly MemberDirectory _members;
    private readonly StatusRenderer _renderer;

    public StatusCommand(
        TeamConfiguration team, ScorecardService scorecards, ReportingWeek reportingWeek, MemberDirectory members, StatusRenderer renderer)
    {
        _team = team;
        _scorecards = scorecards;
        _reportingWeek = reportingWeek;
        _members = members;
        _renderer = renderer;
    }

    public string Name => "status";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => true;

    public bool IsCostly(BotRequest request) => !request.IsPrivate;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var html = Answer(request.Arguments.Trim(), request.Culture);
        response.SendHtml(request.ChatId, html, threadId: request.MessageThreadId);
        return Task.CompletedTask;
    }

    private string Answer(string argument, System.Globalization.CultureInfo culture)
    {
        var current = _reportingWeek.Current;
        if (argument.Length == 0)
        {
            return _renderer.Scorecard(_scorecards.Build(current), _ => true, _team.Team.Name, weekInProgress: true, culture);
        }

        if (IsoWeek.TryParse(argument, out var week))
        {
            return _renderer.Scorecard(_scorecards.Build(week), _ => true, _team.Team.Name, weekInProgress: week == current, culture);
        }

        if ((_team.FindMetric(argument) ?? _team.Metrics.FirstOrDefault(m => string.Equals(m.Key, argument, StringComparison.OrdinalIgnoreCase))) is { } metric)
        {
            return Trend(metric, current, culture);
        }

        if (OutsideYearsText.For(argument, culture) is { } outsideYears)
        {
            return outsideYears;
        }

        if (_members.FindByKeyOrUsername(argument) is { } member)
        {
            return _renderer.Scorecard(_scorecards.Build(current), metric => metric.Owner == member.Key, member.DisplayName, weekInProgress: true, culture);
        }

        var example = _team.Metrics.Count > 0 ? _team.Metrics[0].Key : "leads";
        var someone = _team.Members.Count > 0 ? _team.Members[0].Username ?? _team.Members[0].Key : "anna";
        return BotTexts.Html("status.unknown_arg", culture, argument.Length > 40 ? argument[..40] + "…" : argument, example, someone, current.Previous.ToString());
    }

    private string Trend(MetricDefinition metric, IsoWeek current, System.Globalization.CultureInfo culture)
    {
        var input = _scorecards.LoadInput(current);
        var engine = new ScorecardEngine(_team.Team.Zones);
        var weeks = new List<(IsoWeek Week, PeriodFigures Figures)>(TrendWeeks);
        foreach (var week in Enumerable.Range(0, TrendWeeks).Select(back => current.AddWeeks(back - TrendWeeks + 1)))
        {
            if (engine.WeekFigures(metric, week, input) is not { } figures)
            {
                _scorecards.LogUnavailable(metric);
                return _renderer.Unavailable(metric, culture);
            }

            weeks.Add((week, figures));
        }

        var computed = engine.Compute(current, [metric], input).Metrics;
        var standing = computed.Count > 0 ? computed[0] : null;
        return _renderer.Trend(metric, weeks, standing, culture);
    }
}
