using FunnelBot.Domain.Periods;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Commands;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// <c>/checkin [2026-W47]</c>: starts or re-enters the check-in for the week being asked or a past one. Without a week
/// it asks what the latest prompt and its reminders ask (<see cref="IPromptedWeek"/>: on Monday, the week just ended)
/// while the member still misses values there, else the current week. A future week is
/// refused; one further back than <c>Team:CheckIns:ConfirmOlderThanWeeks</c> is opened only after the member confirms
/// it, its dates spelled out (<see cref="EditCallbacks"/> answers the buttons).
/// </summary>
public sealed class CheckInCommand : IBotCommand
{
    private readonly CheckInFlow _checkIns;
    private readonly ReportingWeek _reportingWeek;
    private readonly WeekAgeRule _weeks;
    private readonly PendingEditStore _pending;
    private readonly IPromptedWeek _prompted;
    private readonly CheckInQuestions _questions;
    private readonly TimeProvider _time;

    public CheckInCommand(
        CheckInFlow checkIns, ReportingWeek reportingWeek, WeekAgeRule weeks, PendingEditStore pending, IPromptedWeek prompted, CheckInQuestions questions,
        TimeProvider time)
    {
        _checkIns = checkIns;
        _reportingWeek = reportingWeek;
        _weeks = weeks;
        _pending = pending;
        _prompted = prompted;
        _questions = questions;
        _time = time;
    }

    public string Name => "checkin";

    public CommandAccess Access => CommandAccess.Reporter;

    public bool WorksInGroups => false;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        var current = _reportingWeek.Current;
        var week = request.Arguments.Length == 0 ? AskedWeek(request.RequiredMember.Key, current, request) : current;
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

    /// <summary>The prompted week while the member still misses values in it, else the current week.</summary>
    private IsoWeek AskedWeek(string member, IsoWeek current, BotRequest request)
    {
        if (_prompted.Latest(_time.GetUtcNow()) is { } prompted && prompted < current
            && _questions.For(member, prompted, request.Culture).Questions.Any(question => question.CurrentValue is null))
        {
            return prompted;
        }

        return current;
    }
}
