using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Naming;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>
/// <c>/chart [metric|2026-W47]</c>: the digest chart of the reporting week (or of the given week), or one metric's last
/// weeks against plan and last year (<see cref="MetricTrendChart"/>), as a photo in the chat it was asked in. For every member, in private chats and the team group.
/// </summary>
public sealed class ChartCommand : IBotCommand
{
    private readonly TeamConfiguration _team;
    private readonly ReportingWeek _reportingWeek;
    private readonly IDigestChart _chart;
    private readonly MetricResolver _metrics;
    private readonly NameChoices _choices;
    private readonly MetricTrendChart _trend;

    public ChartCommand(
        TeamConfiguration team, ReportingWeek reportingWeek, IDigestChart chart, MetricResolver metrics, NameChoices choices, MetricTrendChart trend)
    {
        _metrics = metrics;
        _choices = choices;
        _team = team;
        _reportingWeek = reportingWeek;
        _chart = chart;
        _trend = trend;
    }

    public string Name => "chart";

    public CommandAccess Access => CommandAccess.TeamMember;

    public bool WorksInGroups => true;

    public bool IsCostly(BotRequest request) => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var argument = request.Arguments.Trim();
        var week = _reportingWeek.Current;
        if (IsoWeek.TryParse(argument, out var asked))
        {
            week = asked;
        }
        else if (TelegramBot.Rendering.OutsideYearsText.For(argument, request.Culture) is { } outsideYears)
        {
            response.SendHtml(request.ChatId, outsideYears, threadId: request.MessageThreadId);
            return Task.CompletedTask;
        }
        else if (argument.Length > 0)
        {
            var match = _metrics.Resolve(argument);
            if (match.One is not { } metric)
            {
                _choices.OfferMetrics(request, response, Name, string.Empty, new(argument, match, string.Empty), _team.Metrics);
                return Task.CompletedTask;
            }

            var trend = _trend.Data(metric, week, request.Culture);
            var trendPng = _trend.Render(trend, request.Culture);
            response.Send(DigestMessages.Photo(request.ChatId, request.MessageThreadId, trendPng, $"chart-{metric.Key}-{week}.png", BotTexts.Html("chart.trend_caption", request.Culture, trend.Title)));
            return Task.CompletedTask;
        }

        var png = _chart.Render(DigestKind.Weekly, week, request.Culture);
        if (png is null)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("chart.none", request.Culture), threadId: request.MessageThreadId);
            return Task.CompletedTask;
        }

        var caption = BotTexts.Html("digest.chart_caption_weekly", request.Culture, _team.Team.Name, TelegramBot.Rendering.PeriodNames.Week(week, request.Culture));
        response.Send(DigestMessages.Photo(request.ChatId, request.MessageThreadId, png, $"chart-{week}.png", caption));
        return Task.CompletedTask;
    }
}
