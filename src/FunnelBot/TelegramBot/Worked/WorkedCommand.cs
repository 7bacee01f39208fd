using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;
using Microsoft.Extensions.Options;

namespace FunnelBot.TelegramBot.Worked;

/// <summary>
/// <c>/worked [2026-Q4|2026-11|2026]</c> (default: everything recorded): what to repeat. The causes with the countermeasures
/// set against them and how often they helped, the causes of good weeks, and the decisions of finished A/B tests.
/// Team members, in private and in the team's group, as <c>/reasons</c>.
/// </summary>
public sealed class WorkedCommand : IBotCommand
{
    private readonly WorkedData _data;
    private readonly WorkedRenderer _renderer;
    private readonly ReportingWeek _reportingWeek;
    private readonly int _followWeeks;

    /// <summary>Every week the bot can hold: what worked at any time.</summary>
    private static readonly ReasonsPeriod Everything = new(
        "all", IsoWeek.Containing(new DateOnly(SupportedYears.First, 1, 8)), IsoWeek.Containing(new DateOnly(SupportedYears.Last, 12, 24)));

    public WorkedCommand(WorkedData data, WorkedRenderer renderer, ReportingWeek reportingWeek, IOptions<Configuration.CountermeasureOptions> options)
    {
        _data = data;
        _renderer = renderer;
        _reportingWeek = reportingWeek;
        _followWeeks = options.Value.FollowWeeks;
    }

    public string Name => "worked";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var argument = request.Arguments.Trim();
        var current = _reportingWeek.Current;
        ReasonsPeriod? period = Everything;
        if (argument.Length > 0 && !ReasonsPeriod.TryParse(argument, out period))
        {
            var shown = argument.Length > 20 ? argument[..20] + "…" : argument;
            response.SendHtml(
                request.ChatId,
                OutsideYearsText.For(argument, culture)
                    ?? BotTexts.Html("worked.bad_period", culture, shown, current.Quarter.ToString(), current.Month.ToString(), current.Year),
                threadId: request.MessageThreadId);
            return Task.CompletedTask;
        }

        var name = ReferenceEquals(period, Everything) ? BotTexts.Template("worked.all_time", culture)
            : period.Quarter is { } quarter ? PeriodNames.Quarter(quarter, culture)
            : period.Month is { } month ? PeriodNames.Month(month, culture)
            : PeriodNames.Year(period.Year ?? period.First.Year, culture);
        response.SendHtml(request.ChatId, _renderer.Full(_data.Of(period), name, _followWeeks, culture), threadId: request.MessageThreadId);
        return Task.CompletedTask;
    }
}
