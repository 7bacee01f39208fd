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
        var database = System.IO.Path.GetFullPath(databasePath);
        Path = database + ".lock";

        // The database's place is checked first: a folder that cannot be made or written is that line, not a lock problem.
        DatabaseLocation.Prepare(database);

        try
        {
            _handle = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new InvalidConfigurationException(
                [$"Storage:Path: another FunnelBot instance is running on this database (the lock file '{Path}' is held: {exception.Message}); stop it first, or give this one its own database"]);
        }
    }

    public string Path { get; }

    public void Dispose() => _handle.Dispose();
}
