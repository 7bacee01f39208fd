using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.Reporting.Digest;

/// <summary>A composed digest: its Telegram HTML (split later only at Telegram's limit) and the scorecard it shows.</summary>
public sealed record Digest(DigestKind Kind, IsoWeek Week, string Html, string ChartCaption, ScorecardReport Report);
