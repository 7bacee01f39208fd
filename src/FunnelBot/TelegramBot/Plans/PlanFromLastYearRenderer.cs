using System.Globalization;
using System.Text;
using FunnelBot.Domain.CheckIns;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.Plans;
using FunnelBot.Storage;
using FunnelBot.TelegramBot.Outgoing;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Plans;

/// <summary>
/// The chat's preview of a plan from last year: each metric's base → new plan and what its base lacks, the months of
/// last year that are not over, what happens to incomplete months, the plans set by hand that stay, and the buttons.
/// Months and weeks are named in words (<see cref="PeriodNames"/>).
/// </summary>
public static class PlanFromLastYearRenderer
{
    private const string Indent = "   ";

    public static (string Html, List<List<OutgoingButton>> Keyboard) Preview(PlanFromLastYearPreview preview, string changeId, CultureInfo culture)
    {
        var text = new StringBuilder(Body(preview, culture));
        text.Append("\n\n").Append(
            preview.Entries.Count > 0 ? BotTexts.Html("plan.fly_confirm_hint", culture, Year(preview.Year))
            : preview.Manual.Count > 0 ? BotTexts.Html("plan.fly_only_manual", culture)
            : BotTexts.Html("plan.fly_nothing_without_incomplete", culture));
        var choice = !preview.HasIncomplete ? (PlanButtonAction?)null
            : preview.Choice == IncompleteMonths.TwoYearsBack ? PlanButtonAction.LeaveOut
            : preview.CanTakeTwoYearsBack ? PlanButtonAction.TakeTwoYearsBack
            : null;
        var keyboard = PlanButtons.ForFromLastYear(changeId, choice, preview.Year - 2, preview.Entries.Count > 0, preview.Manual.Count > 0, culture);
        return (text.ToString(), keyboard);
    }

    /// <summary>A preview with nothing to store and no choice that would give something: the figures and why, no buttons.</summary>
    public static string Nothing(PlanFromLastYearPreview preview, CultureInfo culture) =>
        Body(preview, culture) + "\n\n" + BotTexts.Html("plan.fly_nothing", culture, Year(preview.Year - 1));

    private static string Body(PlanFromLastYearPreview preview, CultureInfo culture)
    {
        var text = new StringBuilder(BotTexts.Html("plan.fly_header", culture, Year(preview.Year), Year(preview.Year - 1), Growth(preview.GrowthPercent, culture)));
        foreach (var metric in preview.Metrics)
        {
            AppendMetric(text, metric, preview, culture);
        }

        foreach (var skipped in preview.Skipped)
        {
            var name = skipped.Names.For(culture.TwoLetterISOLanguageName);
            text.Append('\n').Append(skipped.IsRatio
                ? BotTexts.Html("plan.fly_skipped_ratio", culture, name, skipped.Key, Year(preview.Year))
                : BotTexts.Html("plan.fly_skipped_automatic", culture, name));
        }

        AppendIncomplete(text, preview, culture);
        AppendManual(text, preview, culture);
        return text.ToString();
    }

    /// <summary>After Confirm: how many plans changed, and what became of the plans set by hand.</summary>
    public static string Stored(PendingPlanChangeDocument change, int changed, bool replacedManual, CultureInfo culture)
    {
        var text = BotTexts.Html("plan.fly_stored", culture, Year(change.FromLastYear!.Year), changed);
        return change.ManualItems.Count == 0 ? text
            : text + "\n" + BotTexts.Html(replacedManual ? "plan.fly_stored_manual_replaced" : "plan.fly_stored_manual_kept", culture, change.ManualItems.Count);
    }

    private static void AppendMetric(StringBuilder text, MetricFromLastYear metric, PlanFromLastYearPreview preview, CultureInfo culture)
    {
        var result = metric.Result;
        text.Append('\n').Append(BotTexts.Html(
            "plan.fly_line",
            culture,
            metric.Metric.Names.For(culture.TwoLetterISOLanguageName),
            MetricValueText.Format(result.BaseTotal, metric.Metric, culture),
            MetricValueText.Format(result.PlanTotal, metric.Metric, culture)));
        var incomplete = result.Incomplete;
        var noData = incomplete.Where(month => month.LastYear.State == BaseMonthState.NoData).Select(month => month.LastYear.Month).ToList();
        if (noData.Count == 12)
        {
            text.Append('\n').Append(Indent).Append(BotTexts.Html("plan.fly_no_data_year", culture, Year(preview.Year - 1)));
        }
        else if (noData.Count > 0)
        {
            text.Append('\n').Append(Indent).Append(BotTexts.Html("plan.fly_no_data", culture, PeriodNames.Months(noData, culture)));
        }

        foreach (var month in incomplete.Where(month => month.LastYear.State == BaseMonthState.MissingWeeks))
        {
            var weeks = month.LastYear.MissingWeeks;
            text.Append('\n').Append(Indent).Append(BotTexts.Html(
                weeks.Count == 1 ? "plan.fly_missing_week" : "plan.fly_missing_weeks",
                culture,
                PeriodNames.Month(month.LastYear.Month, culture),
                PeriodNames.Weeks(weeks, culture)));
        }

        if (preview.Choice != IncompleteMonths.TwoYearsBack)
        {
            return;
        }

        var taken = result.Months.Where(month => month.IsFromTwoYearsBack).Select(month => month.Month).ToList();
        if (taken.Count > 0)
        {
            text.Append('\n').Append(Indent).Append(BotTexts.Html("plan.fly_from_two_years_back", culture, Year(preview.Year - 2), PeriodNames.MonthNames(taken, culture)));
        }

        // A month with no data in either year says nothing new: the line above already names it.
        var without = incomplete
            .Where(month => month.Plan is null && !(month.LastYear.State == BaseMonthState.NoData && month.TwoYearsBack.State == BaseMonthState.NoData))
            .Select(month => month.Month)
            .ToList();
        if (without.Count > 0)
        {
            text.Append('\n').Append(Indent).Append(BotTexts.Html("plan.fly_two_years_back_incomplete", culture, Year(preview.Year - 2), PeriodNames.MonthNames(without, culture)));
        }
    }

    private static void AppendIncomplete(StringBuilder text, PlanFromLastYearPreview preview, CultureInfo culture)
    {
        if (!preview.HasIncomplete)
        {
            return;
        }

        text.Append('\n');
        if (preview.NotOver.Count > 0)
        {
            text.Append('\n').Append(BotTexts.Html(
                preview.NotOver.Count == 1 ? "plan.fly_not_over_one" : "plan.fly_not_over_many",
                culture,
                PeriodNames.Capitalized(PeriodNames.Months(preview.NotOver, culture), culture)));
        }

        var key = preview.Choice == IncompleteMonths.TwoYearsBack ? "plan.fly_taken_two_years_back"
            : preview.CanTakeTwoYearsBack ? "plan.fly_left_out_choice"
            : "plan.fly_left_out";
        text.Append('\n').Append(BotTexts.Html(key, culture, Year(preview.Year - 2)));
    }

    private static void AppendManual(StringBuilder text, PlanFromLastYearPreview preview, CultureInfo culture)
    {
        if (preview.Manual.Count == 0)
        {
            return;
        }

        text.Append("\n\n").Append(BotTexts.Html("plan.fly_manual_header", culture));
        foreach (var plan in preview.Manual)
        {
            text.Append('\n').Append(BotTexts.Html(
                plan.Note is null ? "plan.fly_manual_line" : "plan.fly_manual_line_note",
                culture,
                plan.Metric.Names.For(culture.TwoLetterISOLanguageName),
                PeriodNames.Month(plan.Month, culture),
                MetricValueText.Format(plan.Value, plan.Metric, culture),
                MetricValueText.Format(plan.Replacement.Value, plan.Metric, culture),
                plan.Note));
        }

        text.Append('\n').Append(BotTexts.Html("plan.fly_manual_hint", culture));
    }

    /// <summary>Growth with its sign, as a percentage in the culture: "+15%", "+7,5 %", "-10%".</summary>
    private static string Growth(decimal growth, CultureInfo culture) =>
        (growth > 0 ? "+" : growth < 0 ? culture.NumberFormat.NegativeSign : string.Empty) + NumberFormatting.Format(Math.Abs(growth), MetricUnit.Percent, culture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
