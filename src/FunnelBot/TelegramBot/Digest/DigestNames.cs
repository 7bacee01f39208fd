using System.Globalization;
using FunnelBot.Configuration;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>Names as the digest shows them, in the reader's language (plain text: the texts escape them).</summary>
public sealed class DigestNames
{
    private readonly TeamConfiguration _team;

    public DigestNames(TeamConfiguration team)
    {
        _team = team;
    }

    public static string Metric(MetricDefinition metric, CultureInfo culture) => metric.Names.For(culture.TwoLetterISOLanguageName);

    /// <summary>"Leads (Anna)": the metric and its owner's display name.</summary>
    public string MetricWithOwner(MetricDefinition metric, CultureInfo culture) =>
        _team.FindMember(metric.Owner) is { } owner ? Metric(metric, culture) + " (" + owner.DisplayName + ")" : Metric(metric, culture);

    public string Member(string memberKey) => _team.FindMember(memberKey)?.DisplayName ?? memberKey;

    public string MetricKey(string metricKey, CultureInfo culture) =>
        _team.FindMetric(metricKey) is { } metric ? Metric(metric, culture) : metricKey;
}
