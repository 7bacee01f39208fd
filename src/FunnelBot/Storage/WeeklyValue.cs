using FunnelBot.Domain.Periods;

namespace FunnelBot.Storage;

/// <summary>A metric's value for one ISO week, as written to or read from the store.</summary>
public sealed record WeeklyValue(string Metric, IsoWeek Week, decimal Value);
