using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Scorecards;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.CheckIns;

/// <summary>
/// The check-in's summary (<see cref="CheckInRenderer"/> shows it at the end and, line by line, above each question for
/// what was answered so far): each metric with its zone, value, plan and attainment, or "no data".
/// </summary>
public sealed class CheckInSummary
{
    private readonly TeamConfiguration _team;
    private readonly ReportingWeek _reportingWeek;

    public CheckInSummary(TeamConfiguration team, ReportingWeek reportingWeek)
    {
        _team = team;
        _reportingWeek = reportingWeek;
    }

    /// <summary>The summary: every metric's line under the week's header, and how to correct or finish (<paramref name="withFooter"/>).</summary>
    public string Text(CheckInState state, CheckInContext context, CultureInfo culture, bool withFooter = true)
    {
        var text = new StringBuilder(BotTexts.Html("checkin.summary_header", culture, PeriodNames.Week(state.Week, _reportingWeek.Today.Year, culture)));
        foreach (var question in context.Questions)
        {
            text.Append('\n').Append(Line(question, culture));
        }

        if (withFooter)
        {
            text.Append("\n\n").Append(BotTexts.Html("checkin.summary_footer", culture));
        }

        return text.ToString();
    }

    /// <summary>One metric's line of the summary: zone, name, value, plan and attainment, or "no data".</summary>
    public string Line(CheckInQuestion question, CultureInfo culture)
    {
        var name = question.Metric.Names.For(culture.TwoLetterISOLanguageName);
        if (question.CurrentValue is not { } value)
        {
            return BotTexts.Html("checkin.summary_missing", culture, name, BotTexts.Template("figure.no_data", culture));
        }

        var (attainment, zone) = ZoneRules.Evaluate(question.Metric.Direction, value, question.WeekPlan, _team.Team.Zones);
        return BotTexts.Html(
            "checkin.summary_line", culture, new HtmlFragment(ZoneMarks.Of(zone)), name, NumberFormatting.Format(value, question.Metric.Unit, culture),
            FormatOr(question.WeekPlan, question.Metric, culture, BotTexts.Template("checkin.no_value", culture)),
            MetricValueText.Attainment(attainment, culture));
    }

    /// <summary>Under the summary: a button per metric to correct it, two a row, and Finish.</summary>
    public static List<List<OutgoingButton>> Keyboard(CheckInState state, CheckInContext context, CultureInfo culture)
    {
        var rows = new List<List<OutgoingButton>>();
        for (var i = 0; i < context.Questions.Count; i++)
        {
            if (i % 2 == 0)
            {
                rows.Add([]);
            }

            var name = context.Questions[i].Metric.Names.For(culture.TwoLetterISOLanguageName);
            rows[^1].Add(CheckInButtons.Button(string.Format(culture, BotTexts.Template("btn.correct", culture), name), state, CheckInChoice.Correct, i));
        }

        rows.Add([CheckInButtons.Button(BotTexts.Template("btn.finish", culture), state, CheckInChoice.Finish)]);
        return rows;
    }

    /// <summary>The value in the metric's unit, or <paramref name="none"/> when there is none.</summary>
    internal static string FormatOr(decimal? value, MetricDefinition metric, CultureInfo culture, string none) =>
        value is { } v ? NumberFormatting.Format(v, metric.Unit, culture) : none;
}
