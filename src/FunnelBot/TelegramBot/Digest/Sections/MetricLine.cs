using FunnelBot.Domain.Scorecard;
using FunnelBot.Reporting;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>
/// One metric in the digest: zone, name (owner), actual / plan and attainment of the main period, attainment of the
/// second period and of the year to date, and the change against last year (of the year to date in the weekly digest,
/// of the month in the monthly results). Every figure is the scorecard's, formatted in the reader's culture.
/// </summary>
public static class MetricLine
{
    public static string Render(MetricScore score, DigestContext context, DigestNames names)
    {
        var culture = context.Culture;
        var metric = score.Metric;
        var main = context.Main(score);
        // The weekly digest leads with the week, the monthly results with the month so far; either may have no value.
        var shown = PeriodFigureTexts.Of(main, metric, culture);
        var changed = context.Kind == DigestKind.Weekly ? score.Year : score.Month;
        return BotTexts.Html(
            "digest.metric_line", culture, shown.Zone, names.MetricWithOwner(metric, culture), shown.Actual, shown.Plan, shown.Attainment,
            MetricValueText.Attainment(context.Second(score), culture),
            MetricValueText.Attainment(score.Year, culture),
            MetricValueText.Change(changed, culture));
    }
}
