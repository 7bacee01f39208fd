using System.Globalization;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>The digest's chart as a PNG (null when there is none): the seam between the digest and the chart renderer.</summary>
public interface IDigestChart
{
    /// <summary>The chart of the week (or month to date); <paramref name="input"/> is the digest's, loaded when null.</summary>
    byte[]? Render(DigestKind kind, IsoWeek week, CultureInfo culture, ScorecardInput? input = null);
}
