using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// <c>/plan [metric] [year]</c>: the year's plans against last year's actuals. Plans are sums of weekly plans (so week
/// overrides count); last year's month is the weeks of Y-1 whose Thursday is in that month (docs/scorecard.md, "Plans").
/// </summary>
public sealed class PlanViewRenderer
{
    private const int LabelWidth = 6;
    private const int NumberWidth = 13;
    private readonly TeamConfiguration _team;
    private readonly PlanStore _plans;
    private readonly WeeklyValueStore _values;

    public PlanViewRenderer(TeamConfiguration team, PlanStore plans, WeeklyValueStore values)
    {
        _team = team;
        _plans = plans;
        _values = values;
    }

    /// <summary>Every metric: the year's plan (a ratio: its target) against last year's actual.</summary>
    public string Overview(int year, CultureInfo culture)
    {
        var plans = _plans.LoadPlans([.. _team.Metrics.Select(m => m.Key)], year, year);
        var lastYear = _values.LoadYears(year - 1, year - 1);
        var text = new StringBuilder(BotTexts.Html("plan.overview_header", culture, Year(year), Year(year - 1)));
        foreach (var metric in _team.Metrics)
        {
            var plan = plans.GetValueOrDefault(metric.Key) ?? MetricPlan.Empty;
            var name = metric.Names.For(culture.TwoLetterISOLanguageName);
            var line = metric.IsRatio
                ? BotTexts.Html("plan.overview_ratio_line", culture, name, MetricValueText.Format(plan.RatioTarget(year), metric, culture), Year(year - 1), MetricValueText.Format(RatioActual(metric, lastYear), metric, culture))
                : BotTexts.Html("plan.overview_line", culture, name, MetricValueText.Format(plan.SumOfWeeklyPlans(IsoWeek.AllOf(year)), metric, culture), Year(year - 1), MetricValueText.Format(YearActual(metric.Key, year - 1, lastYear), metric, culture));
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }

    /// <summary>One metric: the 12 months, quarter subtotals and the year, against last year; then month notes and week overrides.</summary>
    public string Metric(MetricDefinition metric, int year, CultureInfo culture)
    {
        var plan = _plans.LoadPlans([metric.Key], year, year).GetValueOrDefault(metric.Key) ?? MetricPlan.Empty;
        var lastYear = _values.LoadYears(year - 1, year - 1);
        var name = metric.Names.For(culture.TwoLetterISOLanguageName);
        if (metric.IsRatio)
        {
            return BotTexts.Html(
                "plan.ratio_view", culture, name, Year(year), MetricValueText.Format(plan.RatioTarget(year), metric, culture),
                Year(year - 1), MetricValueText.Format(RatioActual(metric, lastYear), metric, culture));
        }

        var values = lastYear.GetValueOrDefault(metric.Key) ?? new Dictionary<IsoWeek, decimal>();
        var table = new StringBuilder();
        table.Append(Row(BotTexts.Template("plan.col_month", culture), BotTexts.Template("plan.col_plan", culture), Year(year - 1)));
        var yearPlans = new List<decimal?>();
        var yearActuals = new List<decimal?>();
        foreach (var quarter in Enumerable.Range(1, 4).Select(q => new YearQuarter(year, q)))
        {
            var plans = quarter.Months.Select(month => plan.SumOfWeeklyPlans(month.Weeks)).ToList();
            var actuals = quarter.Months.Select(month => PlanFromLastYear.MonthActual(new YearMonth(year - 1, month.Month), values)).ToList();
            for (var i = 0; i < 3; i++)
            {
                table.Append(Row(quarter.Months[i].FirstDay.ToString("MMM", culture), MetricValueText.Format(plans[i], metric, culture), MetricValueText.Format(actuals[i], metric, culture)));
            }

            var quarterLabel = string.Format(culture, BotTexts.Template("plan.row_quarter", culture), quarter.Quarter);
            table.Append(Row(quarterLabel, MetricValueText.Format(PlanFigures.Sum(plans), metric, culture), MetricValueText.Format(PlanFigures.Sum(actuals), metric, culture)));
            yearPlans.AddRange(plans);
            yearActuals.AddRange(actuals);
        }

        table.Append(Row(BotTexts.Template("plan.row_year", culture), MetricValueText.Format(PlanFigures.Sum(yearPlans), metric, culture), MetricValueText.Format(PlanFigures.Sum(yearActuals), metric, culture)));
        var text = new StringBuilder(BotTexts.Html("plan.metric_header", culture, name, Year(year), Year(year - 1)));
        text.Append("\n<pre>").Append(BotTexts.Escape(table.ToString().TrimEnd('\n'))).Append("</pre>");
        AppendMonthNotes(text, metric.Key, year, culture);
        AppendOverrides(text, metric, plan, year, culture);
        return text.ToString();
    }

    private void AppendMonthNotes(StringBuilder text, string metric, int year, CultureInfo culture)
    {
        var notes = _plans.MonthNotes(metric, year);
        if (notes.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(BotTexts.Html("plan.month_notes_header", culture));
        foreach (var (month, note) in notes)
        {
            text.Append('\n').Append(BotTexts.Html("plan.month_note_line", culture, PlanPeriodText.Month(month, culture), note));
        }
    }

    private static void AppendOverrides(StringBuilder text, MetricDefinition metric, MetricPlan plan, int year, CultureInfo culture)
    {
        var overrides = plan.WeekOverrides.Where(pair => pair.Key.Year == year).OrderBy(pair => pair.Key).ToList();
        if (overrides.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(BotTexts.Html("plan.overrides_header", culture));
        foreach (var (week, weekOverride) in overrides)
        {
            text.Append('\n').Append(BotTexts.Html("plan.override_line", culture, PeriodNames.Week(week, week.Year, culture), MetricValueText.Format(weekOverride.Value, metric, culture), weekOverride.Note ?? string.Empty));
        }
    }

    private static string Row(string label, string plan, string lastYear) =>
        label.PadRight(LabelWidth) + plan.PadLeft(NumberWidth) + lastYear.PadLeft(NumberWidth) + "\n";

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static decimal? YearActual(string key, int year, IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values) =>
        values.GetValueOrDefault(key) is { } weeks ? PlanFigures.Sum(YearMonth.AllOf(year).Select(month => PlanFromLastYear.MonthActual(month, weeks))) : null;

    /// <summary>A ratio over the year: sum of the numerator over sum of the denominator (null when that is 0 or unknown).</summary>
    private static decimal? RatioActual(MetricDefinition metric, IReadOnlyDictionary<string, IReadOnlyDictionary<IsoWeek, decimal>> values)
    {
        var numerator = values.GetValueOrDefault(metric.Numerator ?? string.Empty)?.Values.Sum() ?? 0m;
        var denominator = values.GetValueOrDefault(metric.Denominator ?? string.Empty)?.Values.Sum();
        return denominator is { } d && d != 0m ? numerator / d : null;
    }
}
