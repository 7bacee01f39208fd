using System.Globalization;
using System.Text;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Plans;

/// <summary>The preview of a plan from last year as plain text, for the command line (periods as the data files write them).</summary>
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
            var unit = metric.Metric.Unit;
            text.AppendLine(string.Create(
                culture,
                $"  {metric.Metric.Key} ({metric.Metric.Names.En}): actual {Number(result.BaseTotal, unit, culture)} -> plan {Number(result.PlanTotal, unit, culture)}"));
            AppendMonths(text, "no data", result.Incomplete.Where(m => m.LastYear.State == BaseMonthState.NoData && m.Plan is null).Select(m => m.LastYear.Month));
            foreach (var month in result.Incomplete.Where(m => m.LastYear.State == BaseMonthState.MissingWeeks))
            {
                text.AppendLine(culture, $"    {month.LastYear.Month}: no data for {string.Join(", ", month.LastYear.MissingWeeks)}");
            }

            AppendMonths(text, string.Create(CultureInfo.InvariantCulture, $"from {preview.Year - 2}"), result.Months.Where(m => m.IsFromTwoYearsBack).Select(m => m.TwoYearsBack.Month));
            if (preview.Choice == IncompleteMonths.TwoYearsBack)
            {
                AppendMonths(text, string.Create(CultureInfo.InvariantCulture, $"no plan, {preview.Year - 2} is incomplete too"), result.Incomplete.Where(m => m.Plan is null).Select(m => m.Month));
            }
        }

        foreach (var skipped in preview.Skipped)
        {
            text.AppendLine(skipped.IsRatio
                ? string.Create(culture, $"  skipped {skipped.Key}: a ratio's plan is a yearly target (set it with a plans file or /plan set {skipped.Key} {preview.Year} <target>)")
                : $"  skipped {skipped.Key}: an automatic metric gets no plan from last year");
        }

        if (preview.NotOver.Count > 0)
        {
            text.AppendLine(culture, $"Not over yet: {string.Join(", ", preview.NotOver)}.");
        }

        if (preview.HasIncomplete)
        {
            text.AppendLine(
                preview.Choice == IncompleteMonths.TwoYearsBack
                    ? string.Create(culture, $"Months not over or with weeks without data are planned from the same months of {preview.Year - 2} where those are complete.")
                    : "Months not over or with weeks without data get no plan (the plans they have stay)"
                        + (preview.CanTakeTwoYearsBack ? string.Create(culture, $"; --incomplete two-years-back takes the same months of {preview.Year - 2}.") : "."));
        }

        if (preview.Manual.Count > 0)
        {
            text.AppendLine("Set by hand, kept unless --replace-manual:");
            foreach (var plan in preview.Manual)
            {
                var note = plan.Note is null ? string.Empty : $" \"{plan.Note}\"";
                text.AppendLine(culture, $"  {plan.Metric.Key} {plan.Month}: {Number(plan.Value, plan.Metric.Unit, culture)}{note} (from last year: {Number(plan.Replacement.Value, plan.Metric.Unit, culture)})");
            }
        }

        return text.ToString();
    }

    private static void AppendMonths(StringBuilder text, string label, IEnumerable<YearMonth> months)
    {
        var list = months.ToList();
        if (list.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {label}: {string.Join(", ", list)}");
        }
    }

    private static string Number(decimal? value, MetricUnit unit, CultureInfo culture) =>
        value is { } v ? NumberFormatting.Format(v, unit, culture) : "no data";
}
