namespace FunnelBot.Storage;

/// <summary>
/// Tells what a database file is from its <see cref="DatabaseInfoDocument"/>, without writing to it or beside it.
/// </summary>
/// <remarks>
/// The file and its <c>-log</c> file are opened as read-only streams and handed to a read-only LiteDB engine. Opened by
/// name, LiteDB 5 writes even when read-only: it crops a file whose length is not a whole number of pages and deletes
/// an empty log file. Through read-only handles no write can reach the disk; whatever fails instead makes the file
/// <see cref="DatabaseFileKind.Unreadable"/>, never a sandbox database.
/// </remarks>
public static class DatabaseFileInspector
{
    private const int PageSize = ReadOnlyDatabaseFile.PageSize;

    /// <summary>LiteDB 5 starts an encrypted file with this byte (then the salt).</summary>
    private const int EncryptedFileMark = 1;

    /// <summary>The write-ahead log LiteDB keeps beside <paramref name="path"/>: <c>name-log.ext</c>.</summary>
    public static string LogFileOf(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    public static DatabaseFileInspection Inspect(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            return new(fullPath, DatabaseFileKind.Unreadable, "it is a folder");
        }

        if (!File.Exists(fullPath))
        {
            return new(fullPath, DatabaseFileKind.Missing);
        }

        try
        {
            return Read(fullPath);
        }
        catch (Exception exception)
        {
            // Whatever LiteDB or the file system throws (a damaged page, a lock, no permission), the answer is the same:
            // not a database to take for a sandbox one, and why.
            return new(fullPath, DatabaseFileKind.Unreadable, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static DatabaseFileInspection Read(string path)
    {
        using (var data = ReadOnlyDatabaseFile.OpenForReading(path))
        {
            if (data.Length == 0)
            {
                return new(path, DatabaseFileKind.Unreadable, "the file is empty");
            }

            if (data.Length % PageSize != 0)
            {
                return new(path, DatabaseFileKind.Unreadable, $"its length ({data.Length} bytes) is not a whole number of LiteDB pages");
            }

            if (data.ReadByte() == EncryptedFileMark)
            {
                return new(path, DatabaseFileKind.PasswordProtected);
            }
        }

        using var file = ReadOnlyDatabaseFile.Open(path, password: null);
        var record = file.Database.GetCollection(DatabaseInfoStore.CollectionName).FindById(DatabaseInfoDocument.SingleId);
        if (record is null)
        {
            return new(path, DatabaseFileKind.Unrecorded);
        }

        var kind = record[nameof(DatabaseInfoDocument.Kind)];
        return new(path, kind.IsString && kind.AsString == nameof(DatabaseKind.Sandbox) ? DatabaseFileKind.Sandbox : DatabaseFileKind.Team);
    }
}
