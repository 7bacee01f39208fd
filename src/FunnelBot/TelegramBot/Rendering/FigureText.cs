using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A period's actual against a plan in words, as HTML: "86 из 87,5 (98 %)", "нет данных, план 87,5" when none of its
/// weeks has a value, "86, плана нет" without a plan.
/// </summary>
public static class FigureText
{
    /// <summary>Against the plan to date, with the attainment: "86 из 87,5 (98 %)".</summary>
    public static string AgainstPlan(PeriodFigures figures, MetricDefinition metric, CultureInfo culture) =>
        Against(figures, figures.Plan, MetricValueText.Attainment(figures, culture), metric, culture);

    /// <summary>Against the full period's plan, without an attainment (that is against the plan to date): "32 из 80".</summary>
    public static string AgainstFullPlan(PeriodFigures figures, MetricDefinition metric, CultureInfo culture) =>
        Against(figures, figures.PlanFull, null, metric, culture);

    private static string Against(PeriodFigures figures, decimal? plan, string? attainment, MetricDefinition metric, CultureInfo culture)
    {
        var planText = plan is { } p ? MetricValueText.Format(p, metric, culture) : null;
        var actual = MetricValueText.Format(figures.Actual, metric, culture);
        return (figures.HasValues, planText) switch
        {
            (true, { }) when attainment is not null => BotTexts.Html("figure.of_plan", culture, actual, planText, attainment),
            (true, { }) => BotTexts.Html("pace.of_plan", culture, actual, planText),
            (true, null) => BotTexts.Html("pace.no_plan", culture, actual),
            (false, { }) => BotTexts.Html("pace.no_data_plan", culture, planText),
            (false, null) => BotTexts.Html("pace.no_data_no_plan", culture),
        };
    }
}
