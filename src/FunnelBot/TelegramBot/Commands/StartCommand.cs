using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Members;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;
using FunnelBot.TelegramBot.Updates;

namespace FunnelBot.TelegramBot.Commands;

/// <summary>
/// <c>/start [code]</c>: binds a configured member to the Telegram user (by user id, by username, or by an invitation
/// code) and greets them with their metrics and the schedule. A stranger is refused politely and nothing is stored.
/// </summary>
public sealed class StartCommand : IBotCommand
{
    private readonly MemberDirectory _members;
    private readonly MemberBindingStore _bindings;
    private readonly InviteStore _invites;
    private readonly CheckInQuestions _questions;
    private readonly ReportingWeek _reportingWeek;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public StartCommand(
        MemberDirectory members, MemberBindingStore bindings, InviteStore invites, CheckInQuestions questions, ReportingWeek reportingWeek,
        TeamConfiguration team, TimeProvider time)
    {
        _members = members;
        _bindings = bindings;
        _invites = invites;
        _questions = questions;
        _reportingWeek = reportingWeek;
        _team = team;
        _time = time;
    }

    public string Name => "start";

    public CommandAccess Access => CommandAccess.Anyone;

    public bool WorksInGroups => true;

    public Task HandleAsync(BotRequest request, BotResponse response, CancellationToken cancellationToken)
    {
        if (!request.IsPrivate)
        {
            var text = request.Member is null
                ? BotTexts.Html("refuse.not_member", request.Culture, _team.Team.Name)
                : BotTexts.Html("start.in_group", request.Culture);
            response.SendHtml(request.ChatId, text);
            return Task.CompletedTask;
        }

        var invite = request.Arguments.Length > 0 ? _invites.Unused(request.Arguments) : null;
        var member = _members.FindForBinding(request.From.Id, request.From.Username)
            ?? (invite is not null && _members.BindingOf(invite.Member) is null ? _team.FindMember(invite.Member) : null);
        if (member is null)
        {
            var key = request.Arguments.Length > 0 ? "start.code_invalid" : "start.stranger";
            response.SendHtml(request.ChatId, BotTexts.Html(key, request.Culture, _team.Team.Name));
            return Task.CompletedTask;
        }

        var culture = request.Member is null ? BotTexts.CultureOf(member.Locale ?? MemberCultures.Supported(request.From.LanguageCode) ?? _team.Team.Locale) : request.Culture;
        response.Write(() =>
        {
            _bindings.Save(new MemberBinding
            {
                Id = member.Key,
                UserId = request.From.Id,
                ChatId = request.ChatId,
                Username = request.From.Username,
                LanguageCode = MemberCultures.Supported(request.From.LanguageCode),
                BoundAt = _bindings.ForMember(member.Key)?.BoundAt ?? _time.GetUtcNow().UtcDateTime,
                Unreachable = false,
            });
            if (invite is not null && invite.Member == member.Key)
            {
                _invites.MarkUsed(invite);
            }
        });
        response.SendHtml(request.ChatId, Welcome(member, culture));
        return Task.CompletedTask;
    }

    private string Welcome(TeamMember member, System.Globalization.CultureInfo culture)
    {
        var week = _reportingWeek.Current;
        var metrics = new StringBuilder();
        var context = _questions.For(member.Key, week, culture);
        foreach (var question in context.Questions)
        {
            var plan = question.WeekPlan is { } p
                ? NumberFormatting.Format(p, question.Metric.Unit, culture)
                : BotTexts.Template("checkin.no_value", culture);
            metrics.Append(BotTexts.Html("start.metric_line", culture, question.Metric.Names.For(culture.TwoLetterISOLanguageName), plan)).Append('\n');
        }

        if (context.Questions.Count == 0)
        {
            metrics.Append(BotTexts.Html("start.no_metrics", culture)).Append('\n');
        }
        else
        {
            var schedule = _team.Schedule;
            metrics.Append(BotTexts.Html(
                "start.schedule", culture, CronDescription.Describe(schedule.CheckInPrompt.Cron, culture),
                CronDescription.Describe(schedule.Reminder.Cron, culture))).Append('\n');
        }

        return BotTexts.Html("start.welcome", culture, member.DisplayName, _team.Team.Name, new HtmlFragment(metrics.ToString()));
    }
}
