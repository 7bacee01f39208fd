using System.Text;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>Every entered metric, in the order of the configuration; those whose figures cannot be computed as error lines after them.</summary>
public sealed class MetricsSection : IDigestSection
{
    private readonly DigestNames _names;

    public MetricsSection(DigestNames names)
    {
        _names = names;
    }

    public int Order => 100;

    public string? Render(DigestContext context)
    {
        var scores = context.Report.Metrics.Where(s => !s.Metric.IsRatio).ToList();
        var unavailable = context.Report.Unavailable.Where(metric => !metric.IsRatio).ToList();
        if (scores.Count == 0 && unavailable.Count == 0)
        {
            return null;
        }

        var legendKey = context.Kind == DigestKind.Weekly ? "digest.legend_weekly" : "digest.legend_monthly";
        var text = new StringBuilder(BotTexts.Html("digest.metrics_header", context.Culture));
        text.Append('\n').Append(BotTexts.Html(legendKey, context.Culture));
        foreach (var score in scores)
        {
            text.Append('\n').Append(MetricLine.Render(score, context, _names));
        }

        unavailable.ForEach(metric => text.Append('\n').Append(UnavailableLine.Render(metric, context, _names)));

        return text.ToString();
    }
}
