using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Attention;
using FunnelBot.TelegramBot.Digest;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Attention;

/// <summary>
/// <c>/attention</c> as HTML: a heading with the week, then each group that has something (red metrics without a
/// cause or countermeasure, overdue tasks, owners who have not reported, numbers that do not fit the funnel and were
/// not confirmed), each with its heading, its lines and the commands that fix it; or that nothing needs the manager.
/// The line of the manager's <c>/status</c> counts the same lines.
/// </summary>
public sealed class AttentionRenderer
{
    private readonly TeamConfiguration _team;
    private readonly DigestNames _names;

    public AttentionRenderer(TeamConfiguration team, DigestNames names)
    {
        _team = team;
        _names = names;
    }

    public string Render(AttentionList list, CultureInfo culture)
    {
        var text = new StringBuilder(BotTexts.Html("attention.header", culture, PeriodNames.WeekWithYear(list.Week, culture)));
        if (list.Count == 0)
        {
            return text.Append('\n').Append(BotTexts.Html("attention.none", culture)).ToString();
        }

        if (list.Red.Count > 0)
        {
            Group(text, "attention.red_header", culture, list.Red.Select(red => BotTexts.Html(
                "attention.red_line", culture, ZoneMarks.Html(red.Score.Week.ShownZone), DigestNames.Metric(red.Score.Metric, culture),
                new HtmlFragment(FigureText.AgainstPlan(red.Score.Week, red.Score.Metric, culture)), _names.Member(red.Score.Metric.Owner),
                new HtmlFragment(Missing(red.Missing, culture)))));
            text.Append('\n').Append(BotTexts.Html("attention.red_fix", culture));
        }

        if (list.Overdue.Count > 0)
        {
            Group(text, "attention.overdue_header", culture, list.Overdue.Select(task => BotTexts.Html(
                "attention.overdue_line", culture, task.Number, task.Title, _names.Member(task.OwnerKey), Dates.Day(task.Due, culture))));
            text.Append('\n').Append(BotTexts.Html("attention.overdue_fix", culture, list.Overdue[0].Number));
        }

        if (list.NotReported.Count > 0)
        {
            Group(text, "attention.missing_header", culture, list.NotReported.Select(report => BotTexts.Html(
                "attention.missing_line", culture, report.Member.DisplayName, report.Missing, report.Expected)));
            text.Append('\n').Append(BotTexts.Html("attention.missing_fix", culture));
        }

        if (list.Unconfirmed.Count > 0)
        {
            Group(text, "attention.funnel_header", culture, list.Unconfirmed.Select(outcome => "• " + FunnelText.Break(outcome, _team, culture)));
            var first = list.Unconfirmed[0];
            text.Append('\n').Append(BotTexts.Html("attention.funnel_fix", culture, first.Rule.Metric, first.Week.ToString()));
        }

        return text.ToString();
    }

    /// <summary>The line of the manager's <c>/status</c>, or null when nothing needs the manager.</summary>
    public static string? StatusLine(AttentionList list, CultureInfo culture) =>
        list.Count == 0 ? null : BotTexts.Html("attention.status_line", culture, list.Count);

    private static void Group(StringBuilder text, string header, CultureInfo culture, IEnumerable<string> lines)
    {
        text.Append("\n\n").Append(BotTexts.Html(header, culture));
        foreach (var line in lines)
        {
            text.Append('\n').Append(line);
        }
    }

    private static string Missing(MissingNote missing, CultureInfo culture) => missing switch
    {
        MissingNote.Cause => BotTexts.Html("attention.no_cause", culture),
        MissingNote.Countermeasure => BotTexts.Html("attention.no_countermeasure", culture),
        _ => BotTexts.Html("attention.no_cause_no_countermeasure", culture),
    };
}
