using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Rendering;
using FunnelBot.TelegramBot.Texts;

namespace FunnelBot.TelegramBot.Digest.Sections;

/// <summary>The digest's error line for a metric whose figures cannot be computed (<see cref="ScorecardReport.Unavailable"/>).</summary>
public static class UnavailableLine
{
    public static string Render(MetricDefinition metric, DigestContext context, DigestNames names) =>
        BotTexts.Html("metric.unavailable", context.Culture, names.MetricWithOwner(metric, context.Culture), ValueLimitText.For(context.Culture));
}
