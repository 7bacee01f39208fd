namespace FunnelBot.Storage;

/// <summary>
/// A counter of changes to what the scorecard reads (values, plans, tasks). Stores bump it on every write and the bot
/// bumps it again after each transaction commits, so a cache keyed on it never keeps data older than a commit.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
