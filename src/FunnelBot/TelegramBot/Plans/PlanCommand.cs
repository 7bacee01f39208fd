using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.DataFiles;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
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

    public PlanCommand(
        TeamConfiguration team, ReportingWeek reportingWeek, PlanViewRenderer view, PlanSetAction set, PlanFromLastYearAction fromLastYear)
    {
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

        response.SendHtml(request.ChatId, View(request.Arguments, currentYear, culture));
        return Task.CompletedTask;
    }

    private string View(string arguments, int currentYear, CultureInfo culture)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var year = currentYear;
        Domain.Scorecard.MetricDefinition? metric = null;
        foreach (var part in parts)
        {
            if (PlanRowRules.TryParseYear(part, out var typed) && typed >= 2)
            {
                year = typed;
            }
            else if (metric is null && _team.FindMetric(part) is { } found)
            {
                metric = found;
            }
            else if (OutsideYearsText.For(part, culture) is { } outside)
            {
                return outside;
            }
            else
            {
                return BotTexts.Html("plan.bad_argument", culture, part.Length > 40 ? part[..40] + "…" : part) + "\n" + Usage(currentYear, culture);
            }
        }

        if (parts.Length > 2)
        {
            return Usage(currentYear, culture);
        }

        return metric is null ? _view.Overview(year, culture) : _view.Metric(metric, year, culture);
    }

    private string Usage(int currentYear, CultureInfo culture) =>
        BotTexts.Html("plan.usage", culture, string.Join(", ", _team.Metrics.Select(m => m.Key)), currentYear.ToString("D4", CultureInfo.InvariantCulture));
}
