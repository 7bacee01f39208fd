using FunnelBot.Lifetime;

namespace FunnelBot.Storage;

/// <summary>Stops the process (exit 3) when a storage exception means the database is unusable; see <see cref="StorageFailure"/>.</summary>
public sealed class StorageFailureStop
{
    private readonly FunnelDatabase _database;
    private readonly FatalStop _stop;

    public StorageFailureStop(FunnelDatabase database, FatalStop stop)
    {
        _database = database;
        _stop = stop;
    }

    /// <summary>True (and the stop is under way) when <paramref name="exception"/> is fatal; false when the caller may carry on.</summary>
    public bool StopIfFatal(Exception exception)
    {
        if (!StorageFailure.IsFatal(exception))
        {
            return false;
        }

        _stop.Stop(FatalExitCodes.Storage, StorageFailure.Describe(exception, _database.Path));
        return true;
    }
}
