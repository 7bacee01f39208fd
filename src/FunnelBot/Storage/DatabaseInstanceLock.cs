using FunnelBot.Configuration;

namespace FunnelBot.Storage;

/// <summary>
/// The lock file <c>&lt;database&gt;.lock</c>, held open exclusively for the life of the bot process, so that a second
/// bot on the same database stops at start-up instead of writing into the file beside the first (LiteDB's own file
/// sharing is advisory on Linux). The file stays on disk; only the open handle is the lock.
/// </summary>
public sealed class DatabaseInstanceLock : IDisposable
{
    private readonly FileStream _handle;

    public DatabaseInstanceLock(string databasePath)
    {
        Path = LockFileOf(databasePath);
        _handle = TryOpen(databasePath) ?? throw new InvalidConfigurationException(
            [$"Storage:Path: another FunnelBot instance is running on this database (the lock file '{Path}' is held); stop it first, or give this one its own database"]);
    }

    private DatabaseInstanceLock(string path, FileStream handle)
    {
        Path = path;
        _handle = handle;
    }

    /// <summary>The lock, or null while another process (the bot) holds it: for the commands that need the bot stopped.</summary>
    public static DatabaseInstanceLock? TryTake(string databasePath) =>
        TryOpen(databasePath) is { } handle ? new DatabaseInstanceLock(LockFileOf(databasePath), handle) : null;

    /// <summary><c>&lt;database&gt;.lock</c>, beside the database file.</summary>
    public static string LockFileOf(string databasePath) => System.IO.Path.GetFullPath(databasePath) + ".lock";

    private static FileStream? TryOpen(string databasePath)
    {
        // The database's place is checked first: a folder that cannot be made or written is that line, not a lock problem.
        DatabaseLocation.Prepare(System.IO.Path.GetFullPath(databasePath));
        try
        {
            return new FileStream(LockFileOf(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string Path { get; }

    public void Dispose() => _handle.Dispose();
}
