using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Status;

/// <summary>Renders <c>/status</c> answers as Telegram HTML from the same scorecard the JSON report is made of.</summary>
public sealed class StatusRenderer
{
    private readonly TeamConfiguration _team;

    public StatusRenderer(TeamConfiguration team)
    {
        _team = team;
    }

    /// <summary>
    /// Every metric (or those <paramref name="include"/> picks) for the week, with month, year to date and change against
    /// last year; a metric whose figures cannot be computed gets an error line after the others.
    /// </summary>
    public string Scorecard(ScorecardReport report, Func<MetricDefinition, bool> include, string title, CultureInfo culture)
    {
        var week = report.Week;
        var text = new StringBuilder(BotTexts.Html(
            "status.header", culture, title, week.ToString(), Dates.DayAndMonth(week.Monday, culture), Dates.DayAndMonth(week.Sunday, culture)));
        text.Append('\n').Append("<i>").Append(BotTexts.Html("status.legend", culture)).Append("</i>");
        var any = false;
        foreach (var score in report.Metrics.Where(score => include(score.Metric)))
        {
            any = true;
            text.Append('\n').Append(Line(score, culture));
        }

        foreach (var metric in report.Unavailable.Where(include))
        {
            any = true;
            text.Append('\n').Append(Unavailable(metric, culture));
        }

        if (!any)
        {
            text.Append('\n').Append(BotTexts.Html("status.no_metrics", culture));
        }

        return text.ToString();
    }

    /// <summary>One metric over the trailing weeks (oldest first) with the on-track count.</summary>
    public string Trend(MetricDefinition metric, IReadOnlyList<(IsoWeek Week, PeriodFigures Figures, bool HasValue)> weeks, CultureInfo culture)
    {
        var green = weeks.Count(w => w.Figures.Zone == Zone.Green);
        var onTrack = string.Create(CultureInfo.InvariantCulture, $"{green}/{weeks.Count}");
        var text = new StringBuilder(BotTexts.Html("status.trend_header", culture, Name(metric, culture), onTrack));
        foreach (var (week, figures, hasValue) in weeks)
        {
            var shown = WeekFigureTexts.Of(figures, hasValue, metric, culture);
            text.Append('\n').Append(BotTexts.Html("status.trend_line", culture, shown.Zone, week.ToString(), shown.Actual, shown.Plan, shown.Attainment));
        }

        return text.ToString();
    }

    /// <summary>The error line of a metric whose figures cannot be computed.</summary>
    public string Unavailable(MetricDefinition metric, CultureInfo culture) =>
        BotTexts.Html("metric.unavailable", culture, Name(metric, culture), ValueLimitText.For(culture));

    private string Line(MetricScore score, CultureInfo culture)
    {
        var metric = score.Metric;
        var week = WeekFigureTexts.Of(score.Week, score.Submitted, metric, culture);
        return BotTexts.Html(
            "status.line", culture, week.Zone, Name(metric, culture), week.Actual, week.Plan, week.Attainment,
            MetricValueText.Attainment(score.Month.Attainment, culture),
            MetricValueText.Attainment(score.Year.Attainment, culture),
            MetricValueText.Change(score.Year.ChangeAgainstLastYear, culture));
    }

    private string Name(MetricDefinition metric, CultureInfo culture)
    {
        var owner = _team.FindMember(metric.Owner)?.DisplayName;
        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        return owner is null ? name : name + " (" + owner + ")";
    }
}
