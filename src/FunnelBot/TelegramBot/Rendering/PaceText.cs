using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// Where a month, quarter or year stands against its full plan, as one line of HTML (docs/scorecard.md, "Missing, pace
/// and forecast as shown"): "IV квартал 2026: 32 из 80 · нужно 10 в неделю, осталось 5 недель · прогноз 85".
/// A period without values says "нет данных" and has no forecast; a period that is over says so instead of a pace.
/// </summary>
public static class PaceText
{
    public static string Line(string periodName, PeriodFigures figures, MetricDefinition metric, CultureInfo culture)
    {
        var standing = FigureText.AgainstFullPlan(figures, metric, culture);
        var parts = new List<string>(3) { BotTexts.Html("pace.period", culture, periodName, new HtmlFragment(standing)) };
        if (figures.WeeksLeft == 0)
        {
            parts.Add(BotTexts.Html("pace.period_over", culture));
            return string.Join(" · ", parts);
        }

        if (figures.NeededPerWeek is { } needed)
        {
            parts.Add(Needed(needed, figures.WeeksLeft, metric, culture));
        }

        if (figures.HasValues && figures.Forecast is { } forecast)
        {
            parts.Add(BotTexts.Html("pace.forecast", culture, MetricValueText.Forecast(forecast, metric, culture)));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The pace alone, for a line that shows the figures already: "IV квартал 2026: нужно 2 в неделю, осталось 5 недель";
    /// null when the period is over or has no plan.
    /// </summary>
    public static string? NeededOnly(string periodName, PeriodFigures figures, MetricDefinition metric, CultureInfo culture) =>
        figures.WeeksLeft > 0 && figures.NeededPerWeek is { } needed
            ? BotTexts.Html("pace.period", culture, periodName, new HtmlFragment(Needed(needed, figures.WeeksLeft, metric, culture)))
            : null;

    private static string Needed(decimal needed, int weeksLeft, MetricDefinition metric, CultureInfo culture)
    {
        var lower = metric.Direction == MetricDirection.Lower;
        if (needed == 0m)
        {
            return BotTexts.Html(lower ? "pace.limit_used" : "pace.reached", culture);
        }

        return BotTexts.Html(
            lower ? "pace.at_most" : "pace.needed", culture, MetricValueText.NeededPerWeek(needed, metric, culture), CountWords.Weeks(weeksLeft, culture));
    }
}
