using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Scorecard;

namespace FunnelBot.TelegramBot.Digest;

/// <summary>A composed digest: its Telegram HTML (split later only at Telegram's limit), the scorecard it shows and its input.</summary>
public sealed record Digest(DigestKind Kind, IsoWeek Week, string Html, string ChartCaption, ScorecardReport Report, ScorecardInput Input);
