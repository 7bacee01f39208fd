using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Members;

/// <summary>The greeting a member gets once bound: their metrics with this week's plan and the schedule.</summary>
public sealed class MemberWelcome
{
    private readonly CheckInQuestions _questions;
    private readonly ReportingWeek _reportingWeek;
    private readonly TeamConfiguration _team;

    public MemberWelcome(CheckInQuestions questions, ReportingWeek reportingWeek, TeamConfiguration team)
    {
        _questions = questions;
        _reportingWeek = reportingWeek;
        _team = team;
    }

    public string For(TeamMember member, CultureInfo culture)
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
            // The check-in prompt's and the reminder's entries under Schedule:Jobs.
            var schedule = _team.Schedule;
            metrics.Append(BotTexts.Html(
                "start.schedule", culture, CronDescription.Describe(schedule.Job("CheckInPrompt").Cron, culture),
                CronDescription.Describe(schedule.Job("Reminder").Cron, culture))).Append('\n');
        }

        return BotTexts.Html("start.welcome", culture, member.DisplayName, _team.Team.Name, new HtmlFragment(metrics.ToString()));
    }
}
