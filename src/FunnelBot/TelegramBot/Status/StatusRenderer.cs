using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Domain.Signals;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Status;

/// <summary>Renders <c>/status</c> answers as Telegram HTML from the same scorecard the JSON report is made of.</summary>
public sealed class StatusRenderer
{
    private readonly TeamConfiguration _team;
    private readonly TeamClock _clock;

    public StatusRenderer(TeamConfiguration team, TeamClock clock)
    {
        _team = team;
        _clock = clock;
    }

    /// <summary>
    /// Every metric (or those of <paramref name="owner"/> when one is given) for the week, with month, year to date and
    /// change against last year; a metric whose figures cannot be computed gets an error line after the others. Asked
    /// through <see cref="ScorecardTexts"/>, which keeps the text until the data changes.
    /// </summary>
    /// <remarks>
    /// For the week in progress (<paramref name="weekInProgress"/>) a line says that the week is still open and how many
    /// of its entered values are in, so that "no data" reads as "not yet".
    /// </remarks>
    public string Scorecard(ScorecardReport report, string? owner, string title, bool weekInProgress, CultureInfo culture)
    {
        bool include(MetricDefinition metric) => owner is null || metric.Owner == owner;
        var week = report.Week;
        var text = new StringBuilder(BotTexts.Html(
            "status.header", culture, title, PeriodNames.Week(week, _clock.Today.Year, culture)));
        var entered = report.Metrics.Where(score => score.Metric.Kind == MetricKind.Entered && include(score.Metric)).ToList();
        if (weekInProgress && entered.Count > 0)
        {
            text.Append('\n').Append(BotTexts.Html("status.week_open", culture, entered.Count(score => score.Submitted), entered.Count));
        }

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

    /// <summary>
    /// One metric over the trailing weeks (oldest first) with the on-track count, then where its month, quarter and year
    /// stand against their full plans (<paramref name="standing"/>, the figures of the last week's report; none for a ratio),
    /// after whether <paramref name="signal"/>'s week is routine or exceptional (<see cref="StatusSignalText"/>).
    /// </summary>
    public string Trend(
        MetricDefinition metric, IReadOnlyList<(IsoWeek Week, PeriodFigures Figures)> weeks, MetricScore? standing, WeekSignal? signal, CultureInfo culture)
    {
        var green = weeks.Count(w => w.Figures.Zone == Zone.Green);
        var onTrack = string.Create(CultureInfo.InvariantCulture, $"{green}/{weeks.Count}");
        var text = new StringBuilder(BotTexts.Html("status.trend_header", culture, Name(metric, culture), onTrack));
        foreach (var (week, figures) in weeks)
        {
            var shown = PeriodFigureTexts.Of(figures, metric, culture);
            text.Append('\n').Append(BotTexts.Html("status.trend_line", culture, shown.Zone, PeriodNames.Week(week, weeks[^1].Week.Year, culture), shown.Actual, shown.Plan, shown.Attainment));
        }

        if (signal is not null)
        {
            text.Append("\n\n").Append(StatusSignalText.Render(metric, signal, culture));
        }

        if (standing is { Metric.IsRatio: false })
        {
            var week = weeks[^1].Week;
            text.Append("\n\n").Append(BotTexts.Html("pace.header", culture));
            text.Append('\n').Append(PaceText.Line(PeriodNames.Capitalized(PeriodNames.Month(week.Month, culture), culture), standing.Month, metric, culture));
            text.Append('\n').Append(PaceText.Line(PeriodNames.Quarter(week.Quarter, culture), standing.Quarter, metric, culture));
            text.Append('\n').Append(PaceText.Line(PeriodNames.Year(week.Year, culture), standing.Year, metric, culture));
        }

        return text.ToString();
    }

    /// <summary>The error line of a metric whose figures cannot be computed.</summary>
    public string Unavailable(MetricDefinition metric, CultureInfo culture) =>
        BotTexts.Html("metric.unavailable", culture, Name(metric, culture), ValueLimitText.For(culture));

    private string Line(MetricScore score, CultureInfo culture)
    {
        var metric = score.Metric;
        var week = PeriodFigureTexts.Of(score.Week, metric, culture);
        return BotTexts.Html(
            "status.line", culture, week.Zone, Name(metric, culture), week.Actual, week.Plan, week.Attainment,
            MetricValueText.Attainment(score.Month, culture),
            MetricValueText.Attainment(score.Year, culture),
            MetricValueText.Change(score.Year, culture));
    }

    private string Name(MetricDefinition metric, CultureInfo culture)
    {
        var owner = _team.FindMember(metric.Owner)?.DisplayName;
        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        return owner is null ? name : name + " (" + owner + ")";
    }
}
