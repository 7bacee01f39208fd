namespace FunnelBot.Domain.Signals;

/// <summary>
/// The natural process limits of a metric from its baseline weeks (<see cref="XmrChart"/>): the centre line (the mean),
/// the average moving range, the lower and upper limits (clamped at what a value can be) and how many values they come from.
/// </summary>
public sealed record ProcessLimits(decimal Centre, decimal AverageMovingRange, decimal Lower, decimal Upper, int ValuesUsed);
