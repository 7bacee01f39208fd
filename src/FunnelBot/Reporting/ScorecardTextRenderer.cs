using System.Globalization;
using System.Text;
using FunnelBot.Configuration;
using FunnelBot.Domain.Deviations;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting;

/// <summary>
/// The scorecard as an aligned plain-text table for the command line: metric, owner, week actual, plan,
/// attainment and zone; month and year to date (actual / plan); year to date against last year. Below the table, when
/// anything was said about the week: each metric's causes and countermeasures.
/// </summary>
public static class ScorecardTextRenderer
{
    private static readonly string[] Header = ["metric", "owner", "actual", "plan", "att", "zone", "month to date", "year to date", "vs LY"];

    /// <summary>Which columns are right-aligned (numbers).</summary>
    private static readonly bool[] RightAligned = [false, false, true, true, true, false, true, true, true];

    public static string Render(ScorecardReport report, WeekNotes notes, CauseCatalogue causes, CultureInfo culture)
    {
        var week = report.Week;
        var rows = new List<string[]> { Header };
        rows.AddRange(report.Metrics.Select(score => Row(score, culture)));
        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Week {week} ({week.Monday:yyyy-MM-dd} .. {week.Sunday:yyyy-MM-dd}), month {week.Month}, quarter {week.Quarter}")
            .Append('\n');
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => RightAligned[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        foreach (var metric in report.Unavailable)
        {
            text.Append(CultureInfo.InvariantCulture, $"{metric.Key}: the figures cannot be computed (a stored value or plan above {Domain.CheckIns.UnitRules.MaxValue})")
                .Append('\n');
        }

        text.Append(WeekNotesText.Render(report, notes, causes, culture));
        return text.ToString();
    }

    private static string[] Row(MetricScore score, CultureInfo culture)
    {
        var metric = score.Metric;
        return
        [
            metric.Key,
            metric.Owner,
            MetricValueText.Actual(score.Week, metric, culture),
            MetricValueText.Format(score.Week.Plan, metric, culture),
            MetricValueText.Attainment(score.Week, culture),
            EnumText.ToText(score.Week.ShownZone),
            ToDate(metric, score.Month, culture),
            ToDate(metric, score.Year, culture),
            MetricValueText.Change(score.Year, culture),
        ];
    }

    private static string ToDate(MetricDefinition metric, PeriodFigures figures, CultureInfo culture) =>
        $"{MetricValueText.Actual(figures, metric, culture)} / {MetricValueText.Format(figures.Plan, metric, culture)}";
}
