using System.Globalization;
using FunnelBot.Domain.Periods;

namespace FunnelBot.Reporting.Digest;

/// <summary>The digest's chart as a PNG (null when there is none): the seam between the digest and the chart renderer.</summary>
public interface IDigestChart
{
    byte[]? Render(DigestKind kind, IsoWeek week, CultureInfo culture, string? metricKey = null);
}
