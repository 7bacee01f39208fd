using System.Globalization;
using System.Text;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Plans;

/// <summary>The preview of a plan from last year as plain text, for the command line.</summary>
public static class PlanFromLastYearText
{
    public static string Render(PlanFromLastYearPreview preview, CultureInfo culture)
    {
        var text = new StringBuilder();
        var growth = preview.GrowthPercent.ToString("+0.##;-0.##;0", culture);
        text.AppendLine(string.Create(culture, $"Plans for {preview.Year} from the actuals of {preview.Year - 1}, growth {growth}%:"));
        foreach (var metric in preview.Metrics)
        {
            var result = metric.Result;
            text.AppendLine(string.Create(
                culture,
                $"  {metric.Metric.Key} ({metric.Metric.Names.En}): {preview.Year - 1} {Number(result.LastYearTotal, metric.Metric.Unit, culture)} -> {preview.Year} {Number(result.PlanTotal, metric.Metric.Unit, culture)}"));
            if (result.MonthsWithoutData.Count > 0)
            {
                text.AppendLine(culture, $"    no data last year, no plan set for: {string.Join(", ", result.MonthsWithoutData)}");
            }
        }

        foreach (var skipped in preview.Skipped)
        {
            text.AppendLine(skipped.IsRatio
                ? string.Create(culture, $"  skipped {skipped.Key}: a ratio's plan is a yearly target (set it with a plans file or /plan set {skipped.Key} {preview.Year} <target>)")
                : $"  skipped {skipped.Key}: an automatic metric gets no plan from last year");
        }

        return text.ToString();
    }

    private static string Number(decimal? value, MetricUnit unit, CultureInfo culture) =>
        value is { } v ? NumberFormatting.Format(v, unit == MetricUnit.Count ? MetricUnit.Money : unit, culture) : "no data";
}
