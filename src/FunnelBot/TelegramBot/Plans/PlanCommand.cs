using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// <c>/plan [metric] [year]</c> for every member: the year's plans against last year. The manager also changes plans
/// with <c>/plan set …</c> and <c>/plan fromlastyear …</c> (the role is checked here: access is per command).
/// </summary>
public sealed class PlanCommand : IBotCommand
{
    private readonly TeamConfiguration _team;
    private readonly ReportingWeek _reportingWeek;
    private readonly PlanViewRenderer _view;
    private readonly PlanSetAction _set;
    private readonly PlanFromLastYearAction _fromLastYear;
    private readonly MetricResolver _metrics;
    private readonly NameChoices _choices;

    public PlanCommand(
        TeamConfiguration team, ReportingWeek reportingWeek, PlanViewRenderer view, PlanSetAction set, PlanFromLastYearAction fromLastYear,
        MetricResolver metrics, NameChoices choices)
    {
        _metrics = metrics;
        _choices = choices;
        _team = team;
        _reportingWeek = reportingWeek;
        _view = view;
        _set = set;
        _fromLastYear = fromLastYear;
    }

    public string Name => "plan";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var currentYear = _reportingWeek.Current.Year;
        var parts = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var subcommand = parts.Length > 0 ? parts[0].ToLowerInvariant() : string.Empty;
        if (subcommand is "set" or "fromlastyear")
        {
            if (!request.IsManager)
            {
                response.SendHtml(request.ChatId, BotTexts.Html("refuse.manager_only", culture));
            }
            else if (subcommand == "set")
            {
                _set.Handle(request, response, parts.Length > 1 ? parts[1] : string.Empty, currentYear);
            }
            else
            {
                _fromLastYear.Handle(request, response, parts.Length > 1 ? parts[1] : string.Empty);
            }

            return Task.CompletedTask;
        }

        View(request, response, currentYear);
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>/plan [metric] [year]</c>: the year first or last, the rest one metric name (several words allowed); a name that
    /// names no one metric gets the choice buttons.
    /// </summary>
    private void View(BotRequest request, BotResponse response, int currentYear)
    {
        var culture = request.Culture;
        var words = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var year = currentYear;
        var yearText = string.Empty;
        if (words.Length > 0 && PlanRowRules.TryParseYear(words[^1], out var last) && last >= 2)
        {
            (year, yearText, words) = (last, words[^1], words[..^1]);
        }
        else if (words.Length > 1 && PlanRowRules.TryParseYear(words[0], out var first) && first >= 2)
        {
            (year, yearText, words) = (first, words[0], words[1..]);
        }

        if (words.Length == 0)
        {
            response.SendHtml(request.ChatId, _view.Overview(year, culture));
            return;
        }

        var name = string.Join(' ', words);
        var match = _metrics.Resolve(name);
        if (match.One is { } metric)
        {
            response.SendHtml(request.ChatId, _view.Metric(metric, year, culture));
        }
        else if (match.IsNone && OutsideYearsText.For(words[^1], culture) is { } outside)
        {
            response.SendHtml(request.ChatId, outside);
        }
        else if (match.IsNone && words.Length > 1 && char.IsAsciiDigit(words[^1][0]) && _metrics.Resolve(string.Join(' ', words[..^1])).One is not null)
        {
            // A metric followed by something that is not a year (a month, a week): the metric is right, the period is not.
            response.SendHtml(request.ChatId, BotTexts.Html("plan.bad_argument", culture, words[^1]));
        }
        else
        {
            _choices.OfferMetrics(request, response, Name, string.Empty, new Domain.Naming.LeadingName<Domain.Scorecard.MetricDefinition>(name, match, yearText), _team.Metrics);
        }
    }

    private string Usage(int currentYear, CultureInfo culture) =>
        BotTexts.Html("plan.usage", culture, string.Join(", ", _team.Metrics.Select(m => m.Names.For(culture.TwoLetterISOLanguageName))), currentYear.ToString("D4", CultureInfo.InvariantCulture));
}
