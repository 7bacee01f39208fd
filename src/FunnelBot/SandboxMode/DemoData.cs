using FunnelBot.Domain.Periods;
using FunnelBot.Storage;

namespace FunnelBot.SandboxMode;

/// <summary>What the sandbox's demo team starts with: plans, weekly values and the weeks that clearly missed plan.</summary>
public sealed record DemoData(IReadOnlyList<PlanEntry> Plans, IReadOnlyList<WeeklyValue> Values, IReadOnlyList<DemoMiss> Misses);

/// <summary>
/// A week that clearly missed plan, with the cause the owner gave. Kept so that causes, countermeasure tasks and the
/// overdue task can be seeded from it once their stores exist.
/// </summary>
public sealed record DemoMiss(string Metric, string Owner, IsoWeek Week, decimal Plan, decimal Actual, string Cause);
