using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary><c>/checkin [2026-W47]</c>: starts or re-enters the check-in for the reporting week or a past one.</summary>
public sealed class CheckInCommand : IBotCommand
{
    private readonly CheckInFlow _checkIns;
    private readonly ReportingWeek _reportingWeek;

    public CheckInCommand(CheckInFlow checkIns, ReportingWeek reportingWeek)
    {
        _checkIns = checkIns;
        _reportingWeek = reportingWeek;
    }

    public string Name => "checkin";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var current = _reportingWeek.Current;
        var week = current;
        if (request.Arguments.Length > 0 && !IsoWeek.TryParse(request.Arguments, out week))
        {
            response.SendHtml(
                request.ChatId,
                Rendering.OutsideYearsText.For(request.Arguments, request.Culture)
                    ?? BotTexts.Html("checkin.bad_week", request.Culture, request.Arguments, current.Previous.ToString()));
            return Task.CompletedTask;
        }

        if (week > current)
        {
            response.SendHtml(request.ChatId, BotTexts.Html("checkin.future_week", request.Culture, week.ToString()));
            return Task.CompletedTask;
        }

        _checkIns.Start(request.RequiredMember, request.ChatId, request.Culture, week, response);
        return Task.CompletedTask;
    }
}
