using LiteDB;
using LiteDB.Engine;

namespace FunnelBot.Storage;

/// <summary>
/// A database file (and its <c>-log</c> file, if any) opened through read-only streams and a read-only LiteDB engine,
/// so that nothing can be written to it or beside it. Opened by name, LiteDB 5 writes even when read-only: it crops a
/// file whose length is not a whole number of pages and deletes an empty log file.
/// </summary>
internal sealed class ReadOnlyDatabaseFile : IDisposable
{
    /// <summary>LiteDB 5's page: a data file is a whole number of them.</summary>
    public const int PageSize = 8192;

    private readonly FileStream _data;
    private readonly FileStream? _log;

    private ReadOnlyDatabaseFile(FileStream data, FileStream? log, LiteDatabase database)
    {
        _data = data;
        _log = log;
        Database = database;
    }

    public LiteDatabase Database { get; }

    /// <summary>Opens <paramref name="path"/> for reading; <paramref name="password"/> for an encrypted file.</summary>
    public static ReadOnlyDatabaseFile Open(string path, string? password)
    {
        var data = OpenForReading(path);
        FileStream? log = null;
        try
        {
            var logPath = DatabaseFileInspector.LogFileOf(path);
            log = File.Exists(logPath) ? OpenForReading(logPath) : null;
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = data,
                LogStream = log,
                Password = string.IsNullOrEmpty(password) ? null : password,
                ReadOnly = true,
                AutoRebuild = false,
                Upgrade = false,
            });
            return new ReadOnlyDatabaseFile(data, log, new LiteDatabase(engine));
        }
        catch
        {
            log?.Dispose();
            data.Dispose();
            throw;
        }
    }

    public static FileStream OpenForReading(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, PageSize, FileOptions.RandomAccess);

    public void Dispose()
    {
        Database.Dispose();
        _log?.Dispose();
        _data.Dispose();
    }
}
