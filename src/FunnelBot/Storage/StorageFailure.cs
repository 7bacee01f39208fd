using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Tells a storage exception that leaves the database unusable (the disk is full, the file cannot be read or written,
/// the file is broken) from one that concerns a single write (a duplicate key, a lock timeout, a bad document). LiteDB
/// closes its engine after an I/O error, so every later call would fail too: the process must stop loudly instead.
/// </summary>
public static class StorageFailure
{
    private const int ErrorDiskFull = unchecked((int)0x80070070);
    private const int ErrorHandleDiskFull = unchecked((int)0x80070027);
    private const int UnixNoSpace = 28; // ENOSPC
    private const int UnixQuotaExceeded = 122; // EDQUOT

    /// <summary>True when no later write can succeed without someone freeing space or repairing the file.</summary>
    /// Network errors (an aborted HTTP response, a socket error) are never fatal: they are the transport's to retry.
    public static bool IsFatal(Exception exception) => exception switch
    {
        HttpIOException or { InnerException: System.Net.Sockets.SocketException } => false,
        IOException => true,
        UnauthorizedAccessException => true,
        ObjectDisposedException { ObjectName: not null } disposed when disposed.ObjectName.Contains("Lite", StringComparison.Ordinal) => true,
        LiteException lite => IsBrokenFile(lite) || (lite.InnerException is { } inner && IsFatal(inner)),
        _ => false,
    };

    /// <summary>True for an I/O error that says the disk (or the user's quota) is full.</summary>
    public static bool IsDiskFull(Exception exception) =>
        exception is IOException { HResult: ErrorDiskFull or ErrorHandleDiskFull or UnixNoSpace or UnixQuotaExceeded }
        || (exception is LiteException { InnerException: { } inner } && IsDiskFull(inner));

    /// <summary>What to tell the operator, naming the file.</summary>
    public static string Describe(Exception exception, string databasePath) => IsDiskFull(exception)
        ? $"The disk holding the database '{databasePath}' is full: free space, then restart the bot (nothing unstored was confirmed)"
        : $"The database '{databasePath}' cannot be written ({exception.GetType().Name}: {exception.Message}): check the disk and the file's permissions, restore a backup if the file is broken ('{DamagedDatabaseRefusal.CommandPrefix} restore <backup-file>', with the bot stopped), then restart the bot";

    private static bool IsBrokenFile(LiteException exception) => exception.ErrorCode is
        LiteException.FILE_NOT_FOUND
        or LiteException.DATABASE_SHUTDOWN
        or LiteException.INVALID_DATABASE
        or LiteException.FILE_SIZE_EXCEEDED
        or LiteException.INVALID_FREE_SPACE_PAGE
        or LiteException.INVALID_DATAFILE_STATE;
}
