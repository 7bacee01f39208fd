using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A period's actual against its plan in words, as HTML: "86 из 87,5 (98 %)", "нет данных, план 87,5" when none of its
/// weeks has a value, "86, плана нет" without a plan.
/// </summary>
public static class FigureText
{
    public static string AgainstPlan(PeriodFigures figures, MetricDefinition metric, CultureInfo culture)
    {
        var plan = figures.Plan is { } p ? MetricValueText.Format(p, metric, culture) : null;
        return (figures.HasValues, plan) switch
        {
            (true, { }) => BotTexts.Html(
                "figure.of_plan", culture, MetricValueText.Format(figures.Actual, metric, culture), plan, MetricValueText.Attainment(figures, culture)),
            (true, null) => BotTexts.Html("pace.no_plan", culture, MetricValueText.Format(figures.Actual, metric, culture)),
            (false, { }) => BotTexts.Html("pace.no_data_plan", culture, plan),
            (false, null) => BotTexts.Html("pace.no_data_no_plan", culture),
        };
    }
}
