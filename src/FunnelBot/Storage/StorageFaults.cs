namespace FunnelBot.Storage;

/// <summary>
/// Fault injection for tests: makes one commit of <see cref="FunnelDatabase.InTransaction{T}"/> throw, as a full disk
/// or a lock timeout would, before anything is committed (the transaction is rolled back). Production code never arms it.
/// </summary>
public sealed class StorageFaults
{
    private readonly Lock _gate = new();
    private Exception? _fault;
    private int _commitsToLetThrough;

    /// <summary>How many armed faults hit a commit.</summary>
    public int HitCount { get; private set; }

    /// <summary>After <paramref name="commitsToLetThrough"/> successful commits, the next one throws <paramref name="exception"/>.</summary>
    public void FailCommit(Exception exception, int commitsToLetThrough = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(commitsToLetThrough);
        lock (_gate)
        {
            _fault = exception;
            _commitsToLetThrough = commitsToLetThrough;
        }
    }

    /// <summary>Throws the armed fault when its turn has come.</summary>
    internal void BeforeCommit()
    {
        Exception fault;
        lock (_gate)
        {
            if (_fault is null)
            {
                return;
            }

            if (_commitsToLetThrough > 0)
            {
                _commitsToLetThrough--;
                return;
            }

            fault = _fault;
            _fault = null;
            HitCount++;
        }

        throw fault;
    }
}
