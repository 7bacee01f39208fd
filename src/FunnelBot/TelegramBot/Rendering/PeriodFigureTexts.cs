using System.Globalization;
using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Rendering;

/// <summary>
/// A metric's figures for a period as people read them in <c>/status</c>, its trend and the digest. A period without
/// any value is missing, not zero (docs/scorecard.md, "Missing values and zero"): it has no zone mark, no attainment,
/// and says "no data" where the actual would be, while the plan it had stays shown.
/// </summary>
public sealed record PeriodFigureTexts(HtmlFragment Zone, string Actual, string Plan, string Attainment)
{
    public static PeriodFigureTexts Of(PeriodFigures figures, MetricDefinition metric, CultureInfo culture) => new(
        ZoneMarks.Html(figures.ShownZone),
        figures.HasValues ? MetricValueText.Format(figures.Actual, metric, culture) : BotTexts.Template("figure.no_data", culture),
        MetricValueText.Format(figures.Plan, metric, culture),
        MetricValueText.Attainment(figures, culture));
}
