using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A metric's week as people read it in <c>/status</c>, its trend and the digest. A week without a value is missing,
/// not zero (docs/scorecard.md, "Missing values and zero"): it has no zone mark, no attainment, and says "no data"
/// where the actual would be, while the plan it had stays shown.
/// </summary>
public sealed record WeekFigureTexts(HtmlFragment Zone, string Actual, string Plan, string Attainment)
{
    public static WeekFigureTexts Of(PeriodFigures figures, bool hasValue, MetricDefinition metric, CultureInfo culture) => hasValue
        ? new(ZoneMarks.Html(figures.Zone), MetricValueText.Format(figures.Actual, metric, culture), MetricValueText.Format(figures.Plan, metric, culture), MetricValueText.Attainment(figures.Attainment, culture))
        : new(ZoneMarks.Html(Domain.Scorecard.Zone.None), BotTexts.Template("figure.no_data", culture), MetricValueText.Format(figures.Plan, metric, culture), MetricValueText.Dash);
}
