namespace FunnelBot.Storage;

/// <summary>
/// Fault injection for tests: makes one commit of <see cref="FunnelDatabase.InTransaction{T}"/> throw, as a full disk
/// or a lock timeout would, before anything is committed (the transaction is rolled back), or the next checkpoint after
/// a commit. Production code never arms it.
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

    private Exception? _checkpointFault;

    /// <summary>The next checkpoint queued after a commit throws <paramref name="exception"/>, as a full disk would.</summary>
    public void FailCheckpoint(Exception exception)
    {
        lock (_gate)
        {
            _checkpointFault = exception;
        }
    }

    /// <summary>Throws the armed checkpoint fault, once.</summary>
    internal void BeforeCheckpoint()
    {
        Exception? fault;
        lock (_gate)
        {
            fault = _checkpointFault;
            _checkpointFault = null;
        }

        if (fault is not null)
        {
            throw fault;
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
