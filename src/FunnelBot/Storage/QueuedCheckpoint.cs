using System.Runtime.ExceptionServices;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// The checkpoint <see cref="FunnelDatabase"/> asks for after a commit that left the log above
/// <see cref="FunnelDatabase.CheckpointLogBytes"/>: run on a thread of its own, one at a time, so that the update or
/// job whose commit crossed the line does not wait for it (it took 5 to 11 ms on the benchmark's data set and decided
/// the p99 of a reply). A checkpoint that fails is still loud: the next transaction fails with it before doing anything.
/// </summary>
internal sealed class QueuedCheckpoint(Action checkpoint, StorageFaults faults)
{
    private int _queued;
    private ExceptionDispatchInfo? _failure;
    private volatile bool _closed;

    /// <summary>Starts a checkpoint unless one is on its way already.</summary>
    public void Queue()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            _ = Task.Run(Run);
        }
    }

    /// <summary>Throws the failure of the last checkpoint, once, as if it had happened here.</summary>
    public void ThrowIfItFailed() => Interlocked.Exchange(ref _failure, null)?.Throw();

    /// <summary>The database is closing (and merges the log itself): no checkpoint starts from now on.</summary>
    public void Close() => _closed = true;

    private void Run()
    {
        try
        {
            if (!_closed)
            {
                faults.BeforeCheckpoint();
                checkpoint();
            }
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.LOCK_TIMEOUT)
        {
            // Transactions of other threads kept the file busy; the log stays readable and the next commit tries again.
        }
        catch (ObjectDisposedException) when (_closed)
        {
            // Closed meanwhile: closing merged the log itself.
        }
        catch (Exception exception) when (exception is LiteException or IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(exception));
        }
        finally
        {
            Volatile.Write(ref _queued, 0);
        }
    }
}
