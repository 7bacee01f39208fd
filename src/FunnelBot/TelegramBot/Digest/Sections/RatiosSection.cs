using System.Text;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>The funnel's ratios (conversion rates, cost per lead): the configured ratio metrics; those that cannot be computed as error lines.</summary>
public sealed class RatiosSection : IDigestSection
{
    private readonly DigestNames _names;

    public RatiosSection(DigestNames names)
    {
        _names = names;
    }

    public int Order => 200;

    public string? Render(DigestContext context)
    {
        var scores = context.Report.Metrics.Where(s => s.Metric.IsRatio).ToList();
        var unavailable = context.Report.Unavailable.Where(metric => metric.IsRatio).ToList();
        if (scores.Count == 0 && unavailable.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(BotTexts.Html("digest.ratios_header", context.Culture));
        foreach (var score in scores)
        {
            text.Append('\n').Append(MetricLine.Render(score, context, _names));
        }

        unavailable.ForEach(metric => text.Append('\n').Append(UnavailableLine.Render(metric, context, _names)));

        return text.ToString();
    }
}
