using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// <c>/checkin [2026-W47]</c>: starts or re-enters the check-in for the reporting week or a past one. A future week is
/// refused; one further back than <c>Team:CheckIns:ConfirmOlderThanWeeks</c> is opened only after the member confirms
/// it, its dates spelled out (<see cref="EditCallbacks"/> answers the buttons).
/// </summary>
public sealed class CheckInCommand : IBotCommand
{
    private readonly CheckInFlow _checkIns;
    private readonly ReportingWeek _reportingWeek;
    private readonly WeekAgeRule _weeks;
    private readonly PendingEditStore _pending;

    public CheckInCommand(CheckInFlow checkIns, ReportingWeek reportingWeek, WeekAgeRule weeks, PendingEditStore pending)
    {
        _checkIns = checkIns;
        _reportingWeek = reportingWeek;
        _weeks = weeks;
        _pending = pending;
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
                OutsideYearsText.For(request.Arguments, request.Culture)
                    ?? BotTexts.Html("checkin.bad_week", request.Culture, request.Arguments, current.Previous.ToString()));
            return Task.CompletedTask;
        }

        var age = _weeks.Of(week);
        if (age.IsFuture)
        {
            response.SendHtml(request.ChatId, WeekAgeRule.FutureRefusal(week, request.Culture));
            return Task.CompletedTask;
        }

        if (age.NeedsConfirmation)
        {
            var pending = _pending.PrepareCheckIn(request.RequiredMember.Key, week);
            response.Write(() => _pending.Add(pending));
            var html = BotTexts.Html(
                "week.far_checkin", request.Culture, PeriodNames.WeekWithYear(week, request.Culture), WeekAgeRule.Ago(age, request.Culture));
            response.SendHtml(request.ChatId, html, EditButtons.ForCheckIn(pending.Id, request.Culture));
            return Task.CompletedTask;
        }

        _checkIns.Start(request.RequiredMember, request.ChatId, request.Culture, week, response);
        return Task.CompletedTask;
    }
}
