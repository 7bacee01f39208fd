using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Attention;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Status;

/// <summary>
/// <c>/status [metric|@member|2026-W47]</c>: the team scorecard for the reporting week (month, quarter and year to date
/// and zones), one member's metrics, one metric's last 13 weeks with whether its week is routine or exceptional, or another week. In private chats and the team group.
/// The manager's team scorecard in a private chat ends with how many things need the manager (<see cref="ManagerAttention"/>),
/// pointing to <c>/attention</c>, when any do.
/// </summary>
public sealed class StatusCommand : IBotCommand
{
    private const int TrendWeeks = ScorecardInputYears.WeeksLookedBack;
    private readonly TeamConfiguration _team;
    private readonly ScorecardService _scorecards;
    private readonly ReportingWeek _reportingWeek;
    private readonly MetricResolver _metrics;
    private readonly MemberResolver _members;
    private readonly NameChoices _choices;
    private readonly StatusRenderer _renderer;
    private readonly ScorecardTexts _texts;
    private readonly ManagerAttention _attention;

    public StatusCommand(
        TeamConfiguration team, ScorecardService scorecards, ReportingWeek reportingWeek, MetricResolver metrics, MemberResolver members,
        NameChoices choices, StatusRenderer renderer, ScorecardTexts texts, ManagerAttention attention)
    {
        _texts = texts;
        _attention = attention;
        _team = team;
        _scorecards = scorecards;
        _reportingWeek = reportingWeek;
        _metrics = metrics;
        _members = members;
        _choices = choices;
        _renderer = renderer;
    }

    public string Name => "status";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => true;

    public bool IsCostly(BotRequest request) => !request.IsPrivate;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (Answer(request.Arguments.Trim(), request.Culture) is { } answer)
        {
            var html = request.IsManager && request.IsPrivate && request.Arguments.Trim().Length == 0
                && AttentionRenderer.StatusLine(_attention.Now(), request.Culture) is { } attention
                ? answer + "\n\n" + attention
                : answer;
            response.SendHtml(request.ChatId, html, threadId: request.MessageThreadId);
        }
        else
        {
            OfferChoice(request, response);
        }

        return Task.CompletedTask;
    }

    /// <summary>The answer, or null when the argument names no one metric or member (the caller chooses then).</summary>
    private string? Answer(string argument, System.Globalization.CultureInfo culture)
    {
        var current = _reportingWeek.Current;
        if (argument.Length == 0)
        {
            return _texts.Scorecard(_scorecards.Build(current), owner: null, _team.Team.Name, weekInProgress: true, culture);
        }

        if (IsoWeek.TryParse(argument, out var week))
        {
            return _texts.Scorecard(_scorecards.Build(week), owner: null, _team.Team.Name, weekInProgress: week == current, culture);
        }

        if (OutsideYearsText.For(argument, culture) is { } outsideYears)
        {
            return outsideYears;
        }

        var metrics = argument.StartsWith('@') ? Domain.Naming.NameMatching.Nothing<MetricDefinition>() : _metrics.Resolve(argument);
        var members = _members.Resolve(argument);
        if (metrics.One is { } metric && (metrics.Exact || members.IsNone))
        {
            return Trend(metric, current, culture);
        }

        if (members.One is { } member && (members.Exact || metrics.IsNone))
        {
            return _texts.Scorecard(_scorecards.Build(current), member.Key, member.DisplayName, weekInProgress: true, culture);
        }

        return null;
    }

    /// <summary>Several metrics or members match, or none: buttons with those that match, or else every metric and member.</summary>
    private void OfferChoice(BotRequest request, BotResponse response)
    {
        var argument = request.Arguments.Trim();
        IReadOnlyList<MetricDefinition> metrics = argument.StartsWith('@') ? [] : _metrics.Resolve(argument).Found;
        var members = _members.Resolve(argument).Found;
        var none = metrics.Count + members.Count == 0;
        var options = (none ? _metrics.All : metrics).Select(m => NameOption.Of(m, request.Culture))
            .Concat((none ? _members.All.Where(m => _team.Metrics.Any(metric => metric.Owner == m.Key)) : members).Select(NameOption.Of))
            .ToList();
        var culture = request.Culture;
        var shown = NameChoices.Shown(argument);
        var html = none
            ? BotTexts.Html("status.unknown_arg", culture, shown, _metrics.Example(request.Member, culture), ExampleMember(), _reportingWeek.Current.Previous.ToString())
            : BotTexts.Html("names.status_several", culture, shown);
        _choices.Offer(request, response, Name, string.Empty, string.Empty, html, options);
    }

    private string ExampleMember() => _team.Members.Count > 0 ? _team.Members[0].Username ?? _team.Members[0].Key : "anna";

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
        return _renderer.Trend(metric, weeks, standing, Signal(metric, current, standing, input), culture);
    }

    /// <summary>
    /// The week judged for signal or noise: the reporting week, or, while it has no value yet, the week before it (the
    /// input holds the values of its 12 weeks before too).
    /// </summary>
    private static WeekSignal? Signal(MetricDefinition metric, IsoWeek current, MetricScore? standing, ScorecardInput input)
    {
        if (standing is null)
        {
            return null;
        }

        return standing.Signal.Value is null ? MetricSignals.Of(metric, current.Previous, input) : standing.Signal;
    }
}
