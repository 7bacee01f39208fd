using FunnelBot.Domain.CheckIns;

namespace FunnelBot.Storage;

/// <summary>
/// The last guard of the stores: a value or plan above <see cref="UnitRules.MaxValue"/> is never written. Every entry
/// point refuses such a value with its own message first; reaching this is a mistake in the code, not in the input.
/// </summary>
internal static class StoredValueBound
{
    public static void Check(decimal value, string documentId)
    {
        if (Math.Abs(value) > UnitRules.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, FormattableString.Invariant($"{documentId}: a stored value is at most {UnitRules.MaxValue}."));
        }
    }
}
