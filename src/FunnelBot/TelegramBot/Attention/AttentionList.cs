using FunnelBot.Configuration;
using FunnelBot.Domain.Attention;
using FunnelBot.Domain.Periods;
using FunnelBot.Domain.Plausibility;
using FunnelBot.Domain.Scorecard;
using FunnelBot.TelegramBot.Digest.Sources;

namespace FunnelBot.TelegramBot.Attention;

/// <summary>A red metric of the week and what it lacks.</summary>
public sealed record UnexplainedRed(MetricScore Score, MissingNote Missing);

/// <summary>An owner (not away) with values of the week still missing.</summary>
public sealed record MissingReport(TeamMember Member, int Missing, int Expected);

/// <summary>What needs the manager in a week (<see cref="ManagerAttention"/>), group by group.</summary>
public sealed record AttentionList(
    IsoWeek Week,
    IReadOnlyList<UnexplainedRed> Red,
    IReadOnlyList<OverdueTask> Overdue,
    IReadOnlyList<MissingReport> NotReported,
    IReadOnlyList<FunnelOutcome> Unconfirmed)
{
    /// <summary>How many things need the manager: one per line of <c>/attention</c>.</summary>
    public int Count => Red.Count + Overdue.Count + NotReported.Count + Unconfirmed.Count;
}
