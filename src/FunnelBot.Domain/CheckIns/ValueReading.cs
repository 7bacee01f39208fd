namespace FunnelBot.Domain.CheckIns;

/// <summary>A value read for a metric: the number to store, or why it is refused (then <see cref="Value"/> is 0).</summary>
public sealed record ValueReading(decimal Value, ValueRefusal? Refusal)
{
    public bool IsAccepted => Refusal is null;

    public static ValueReading Accepted(decimal value) => new(value, null);

    public static ValueReading Refused(ValueRefusal refusal) => new(0m, refusal);
}
