using FunnelBot.Configuration;
using LiteDB;
using LiteDB.Engine;

namespace FunnelBot.Storage;

/// <summary>
/// Owns the one <see cref="LiteDatabase"/> of the process: its file (created with its folder if missing,
/// encrypted when a password is set), its own <see cref="BsonMapper"/>, dates read back as UTC.
/// Stores get their collections here; <see cref="InTransaction{T}"/> makes a bulk write all or nothing.
/// The file, its log and a new folder are readable by the bot's user only; a place that cannot be written is a
/// configuration problem <c>Storage.Path: cannot write ...</c> (<see cref="DatabaseLocation"/>). An existing file is
/// checked before it is opened (<see cref="DatabaseIntegrityCheck"/>): a damaged one is refused with one line saying
/// how to restore a backup (<see cref="DamagedDatabaseRefusal"/>).
/// </summary>
/// <remarks>
/// LiteDB writes every commit to the <c>-log</c> file and changes the data file only at a checkpoint. Its automatic
/// checkpoints are switched off (pragma <c>CHECKPOINT = 0</c>, kept in the file) and done here instead, one at a time
/// with <see cref="CopyTo"/>: after a transaction that leaves the log above <see cref="CheckpointLogBytes"/> (on a thread
/// of its own, so that the commit that crossed the line does not wait; one that fails fails the next transaction), before
/// a backup, and when the database is closed. So a backup copied right after a checkpoint is the data file as one commit
/// left it, while the bot goes on writing into the log.
/// </remarks>
public sealed class FunnelDatabase : IDisposable
{
    /// <summary>LiteDB's own default: a checkpoint when the log has grown past 1000 pages (8 MB).</summary>
    public const long CheckpointLogBytes = 1000L * ReadOnlyDatabaseFile.PageSize;

    private readonly LiteDatabase _database;
    private readonly string? _password;
    private readonly Lock _fileGate = new();
    private readonly Lock _transactionGate = new();
    private readonly QueuedCheckpoint _queuedCheckpoint;

    public FunnelDatabase(string path, string? password, string? backupFolder = null)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        DatabaseLocation.Prepare(fullPath);
        Path = fullPath;
        Backups = new BackupFolder(fullPath, backupFolder);
        _password = string.IsNullOrEmpty(password) ? null : password;
        if (DatabaseIntegrityCheck.Check(fullPath, _password) is { } problem)
        {
            throw DamagedDatabaseRefusal.For(problem, fullPath, Backups);
        }

        var connection = new ConnectionString
        {
            Filename = fullPath,
            Connection = ConnectionType.Direct,
            Password = _password,
        };
        _database = Open(connection, Backups);
        _queuedCheckpoint = new QueuedCheckpoint(Checkpoint, Faults);
        if (_database.CheckpointSize != 0)
        {
            _database.CheckpointSize = 0;
        }
    }

    public string Path { get; }

    /// <summary>Where this database's backups go (<c>Storage:Backup:Folder</c>).</summary>
    public BackupFolder Backups { get; }

    /// <summary>The password the file is encrypted with, null for a plain file (a backup is a copy: it needs the same).</summary>
    internal string? Password => _password;

    /// <summary>The bytes of the data file and of its log file now.</summary>
    public (long Data, long Log) FileSizes() => (SizeOf(Path), SizeOf(LogFileOf(Path)));

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
    /// <remarks>
    /// One transaction at a time across threads. LiteDB holds a transaction's collection locks until it ends, so two
    /// transactions that write the same collections in opposite orders (an update writes <c>chat_notices</c> then
    /// <c>update_inbox</c>, the retention job the other way) would each wait for the other's lock until LiteDB's lock
    /// timeout, and the update would stay unanswered for a minute. A single write outside a transaction holds one lock
    /// only and cannot close such a circle.
    /// </remarks>
    public T InTransaction<T>(Func<T> work)
    {
        lock (_transactionGate)
        {
            _queuedCheckpoint.ThrowIfItFailed();
            return InOwnTransaction(work);
        }
    }

    private T InOwnTransaction<T>(Func<T> work)
    {
        if (!_database.BeginTrans())
        {
            return work();
        }

        T result;
        try
        {
            result = work();
            Faults.BeforeCommit();
            _database.Commit();
        }
        catch
        {
            RollbackAfterFailure();
            throw;
        }

        if (SizeOf(LogFileOf(Path)) > CheckpointLogBytes)
        {
            _queuedCheckpoint.Queue();
        }

        return result;
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

    /// <summary>Copies what the log holds into the data file (waits for open transactions of other threads to end).</summary>
    public void Checkpoint()
    {
        lock (_fileGate)
        {
            _database.Checkpoint();
        }
    }

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="target"/> (a new file) while the bot goes on: a
    /// checkpoint, then the data file is copied before any other checkpoint can change it; commits meanwhile go to the log.
    /// </summary>
    public void CopyTo(string target)
    {
        lock (_fileGate)
        {
            _database.Checkpoint();
            using var source = ReadOnlyDatabaseFile.OpenForReading(Path);
            using var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, ReadOnlyDatabaseFile.PageSize);
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Rebuilds the file without its free pages (LiteDB's rebuild, keeping the password and collation); LiteDB keeps the
    /// file as it was beside it as <c>name-backup.ext</c>. Only with no other process on the file (the command line's
    /// <c>maintenance</c> holds the lock file).
    /// </summary>
    public void Rebuild()
    {
        lock (_fileGate)
        {
            _database.Checkpoint();
            _database.Rebuild(new RebuildOptions { Password = _password, Collation = _database.Collation, IncludeErrorReport = false });
            _database.Checkpoint();
        }
    }

    public void Dispose()
    {
        _queuedCheckpoint.Close();
        try
        {
            // Automatic checkpoints are off, and with them LiteDB's checkpoint at close: the log is merged here.
            Checkpoint();
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            // The engine failed before; what the log holds is read back at the next open.
        }

        _database.Dispose();
    }

    /// <summary>
    /// After a commit: a checkpoint when the log is large. One that times out waiting for other transactions is left to
    /// the next commit (the commit stands); an I/O error is thrown like any failed write.
    /// </summary>

    private static long SizeOf(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;

    /// <summary>The log file LiteDB keeps beside the database, <c>name-log.ext</c> (<c>funnelbot.db</c>: <c>funnelbot-log.db</c>).</summary>
    internal static string LogFileOf(string fullPath) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(fullPath) ?? "",
            System.IO.Path.GetFileNameWithoutExtension(fullPath) + "-log" + System.IO.Path.GetExtension(fullPath));

    /// <summary>Opens the file; a wrong or missing password, or a file that cannot be written, is a configuration mistake, reported as such.</summary>
    private static LiteDatabase Open(ConnectionString connection, BackupFolder backups)
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
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INVALID_DATABASE)
        {
            // Its message also mentions a password; with the file checked before, it means a damaged file.
            database?.Dispose();
            throw new InvalidConfigurationException(
                DamagedDatabaseRefusal.Line(DatabaseProblem.Damaged(exception.Message), connection.Filename, backups), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            database?.Dispose();
            throw DatabaseLocation.CannotWrite(connection.Filename, exception.Message, exception);
        }
    }

    private static bool IsPasswordProblem(LiteException exception) =>
        exception.ErrorCode is LiteException.INVALID_PASSWORD or LiteException.NOT_ENCRYPTED
        || (exception.ErrorCode != LiteException.INVALID_DATABASE && exception.Message.Contains("password", StringComparison.OrdinalIgnoreCase));

    private static BsonMapper CreateMapper() => new()
    {
        EnumAsInteger = false,
        TrimWhitespace = false,
        EmptyStringToNull = false,
        SerializeNullValues = false,
    };
}
