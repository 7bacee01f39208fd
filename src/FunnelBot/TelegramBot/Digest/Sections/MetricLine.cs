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
        var change = context.Kind == DigestKind.Weekly ? score.Year.ChangeAgainstLastYear : score.Month.ChangeAgainstLastYear;
        var line = BotTexts.Html(
            "digest.metric_line", culture, ZoneMarks.Html(main.Zone), names.MetricWithOwner(metric, culture),
            MetricValueText.Format(main.Actual, metric, culture), MetricValueText.Format(main.Plan, metric, culture),
            MetricValueText.Attainment(main.Attainment, culture),
            MetricValueText.Attainment(context.Second(score).Attainment, culture),
            MetricValueText.Attainment(score.Year.Attainment, culture),
            MetricValueText.Change(change, culture));
        return score.Submitted || metric.Kind != MetricKind.Entered || context.Kind == DigestKind.Monthly
            ? line
            : line + " · <i>" + BotTexts.Html("digest.not_submitted", culture) + "</i>";
    }
}
