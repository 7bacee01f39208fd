using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.CheckIns;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Members;

/// <summary>
/// The greeting a member gets once bound: their metrics with this week's plan and what the bot will do when, naming
/// only the jobs switched on under <c>Schedule:Jobs</c>, at their times in the team's zone. An observer hears what an
/// observer gets instead: the digest, /status, no weekly questions.
/// </summary>
public sealed class MemberWelcome
{
    private readonly CheckInQuestions _questions;
    private readonly ReportingWeek _reportingWeek;
    private readonly TeamConfiguration _team;
    private readonly TimeProvider _time;

    public MemberWelcome(CheckInQuestions questions, ReportingWeek reportingWeek, TeamConfiguration team, TimeProvider time)
    {
        _questions = questions;
        _reportingWeek = reportingWeek;
        _team = team;
        _time = time;
    }

    public string For(TeamMember member, CultureInfo culture)
    {
        var body = member.Role == MemberRole.Observer ? ForObserver(culture) : ForReporter(member, culture);
        return BotTexts.Html("start.welcome", culture, member.DisplayName, _team.Team.Name, new HtmlFragment(body));
    }

    private string ForReporter(TeamMember member, CultureInfo culture)
    {
        var text = new StringBuilder();
        var context = _questions.For(member.Key, _reportingWeek.Current, culture);
        if (context.Questions.Count == 0)
        {
            return text.Append(BotTexts.Html("start.no_metrics", culture)).Append('\n').ToString();
        }

        text.Append(BotTexts.Html("start.metrics_header", culture)).Append('\n');
        foreach (var question in context.Questions)
        {
            var plan = question.WeekPlan is { } p
                ? NumberFormatting.Format(p, question.Metric.Unit, culture)
                : BotTexts.Template("checkin.no_value", culture);
            text.Append(BotTexts.Html("start.metric_line", culture, question.Metric.Names.For(culture.TwoLetterISOLanguageName), plan)).Append('\n');
        }

        var prompt = AppendWhen(text, "CheckInPrompt", "start.when_prompt", culture);
        var reminder = AppendWhen(text, "Reminder", "start.when_reminder", culture);
        if (!prompt && !reminder)
        {
            text.Append(BotTexts.Html("start.no_prompt", culture)).Append('\n');
        }

        return text.ToString();
    }

    private string ForObserver(CultureInfo culture)
    {
        var text = new StringBuilder();
        text.Append(BotTexts.Html("start.observer", culture)).Append('\n');
        if (_team.Team.HasChannel)
        {
            AppendWhen(text, "WeeklyDigest", "start.when_digest", culture);
            AppendWhen(text, "MonthlyResults", "start.when_monthly", culture);
        }

        return text.ToString();
    }

    /// <summary>Appends "&lt;when&gt; (&lt;zone&gt;) &lt;what&gt;." for a job that is switched on; says whether it did.</summary>
    private bool AppendWhen(StringBuilder text, string jobKey, string textKey, CultureInfo culture)
    {
        if (!_team.Schedule.Jobs.TryGetValue(jobKey, out var job) || !job.Enabled)
        {
            return false;
        }

        var zone = ZoneName.For(_team.Team.TimeZone, _time.GetUtcNow(), culture);
        text.Append(BotTexts.Html(textKey, culture, ScheduleWhen.Opening(job.Cron, culture), zone)).Append('\n');
        return true;
    }
}
