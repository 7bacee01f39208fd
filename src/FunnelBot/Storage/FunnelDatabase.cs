using FunnelBot.Configuration;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Owns the one <see cref="LiteDatabase"/> of the process: its file (created with its folder if missing,
/// encrypted when a password is set), its own <see cref="BsonMapper"/>, dates read back as UTC.
/// Stores get their collections here; <see cref="InTransaction{T}"/> makes a bulk write all or nothing.
/// The file, its log and a new folder are readable by the bot's user only; a place that cannot be written is a
/// configuration problem <c>Storage.Path: cannot write ...</c> (<see cref="DatabaseLocation"/>).
/// </summary>
public sealed class FunnelDatabase : IDisposable
{
    private readonly LiteDatabase _database;

    public FunnelDatabase(string path, string? password)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        DatabaseLocation.Prepare(fullPath);
        Path = fullPath;
        var connection = new ConnectionString
        {
            Filename = fullPath,
            Connection = ConnectionType.Direct,
            Password = string.IsNullOrEmpty(password) ? null : password,
        };
        _database = Open(connection);
    }

    public string Path { get; }

    /// <summary>Bumped on every write to what the scorecard reads, and after each committed update (see <see cref="DataVersion"/>).</summary>
    public DataVersion Changes { get; } = new();

    /// <summary>Faults armed by tests for the next commits (none in production).</summary>
    public StorageFaults Faults { get; } = new();

    public ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    /// <summary>A collection as raw BSON documents, for hot read paths that need a few fields only.</summary>
    public ILiteCollection<BsonDocument> Raw(string name) => _database.GetCollection(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws. Called
    /// inside a transaction of the same thread (a store's bulk write inside an update's writes), it joins that one: the
    /// outer call commits or rolls back everything.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        if (!_database.BeginTrans())
        {
            return work();
        }

        try
        {
            var result = work();
            Faults.BeforeCommit();
            _database.Commit();
            return result;
        }
        catch
        {
            RollbackAfterFailure();
            throw;
        }
    }

    /// <summary>
    /// Rolls back the thread's transaction after a failure, so that no later write on this thread joins a half-open
    /// one. A rollback that fails too (the engine closed after an I/O error) must not hide the first exception.
    /// </summary>
    private void RollbackAfterFailure()
    {
        try
        {
            _database.Rollback();
        }
        catch (Exception ex) when (ex is LiteException or IOException or ObjectDisposedException)
        {
            // The engine is gone; the original failure is what the caller reports.
        }
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The log file LiteDB keeps beside the database, <c>name-log.ext</c> (<c>funnelbot.db</c>: <c>funnelbot-log.db</c>).</summary>
    internal static string LogFileOf(string fullPath) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(fullPath) ?? "",
            System.IO.Path.GetFileNameWithoutExtension(fullPath) + "-log" + System.IO.Path.GetExtension(fullPath));

    /// <summary>Opens the file; a wrong or missing password, or a file that cannot be written, is a configuration mistake, reported as such.</summary>
    private static LiteDatabase Open(ConnectionString connection)
    {
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(connection, CreateMapper());
            database.UtcDate = true;
            return database;
        }
        catch (LiteException exception) when (IsPasswordProblem(exception))
        {
            database?.Dispose();
            throw new InvalidConfigurationException(
                $"Storage.Password: cannot open '{connection.Filename}': {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            database?.Dispose();
            throw DatabaseLocation.CannotWrite(connection.Filename, exception.Message, exception);
        }
    }

    private static bool IsPasswordProblem(LiteException exception) =>
        exception.ErrorCode == LiteException.INVALID_PASSWORD
        || exception.Message.Contains("password", StringComparison.OrdinalIgnoreCase);

    private static BsonMapper CreateMapper() => new()
    {
        EnumAsInteger = false,
        TrimWhitespace = false,
        EmptyStringToNull = false,
        SerializeNullValues = false,
    };
}
