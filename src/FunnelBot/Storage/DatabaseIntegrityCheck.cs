using System.Buffers.Binary;
using System.Text;
using LiteDB;

namespace FunnelBot.Storage;

/// <summary>
/// Checks an existing database file before it is opened for writing, without writing to it: its length is a whole
/// number of pages and covers the pages its header counts, its header page is a LiteDB 5 one (or it is encrypted and
/// the password fits), and LiteDB, read-only, reads every document of every collection (with what the <c>-log</c> file
/// holds). A file that is missing is no problem (a new database is created), unless its log file was left behind; an
/// empty file is not a database.
/// </summary>
public static class DatabaseIntegrityCheck
{
    private const int PageSize = ReadOnlyDatabaseFile.PageSize;

    /// <summary>LiteDB 5 starts an encrypted file with this byte; the pages follow one hidden page.</summary>
    private const byte EncryptedFileMark = 1;

    // The header page of a plain LiteDB 5 file (LiteDB's HeaderPage): a text, the file version, the last page's id.
    private const int HeaderInfoPosition = 32;
    private const string HeaderInfo = "** This is a LiteDB file **";
    private const int FileVersionPosition = 59;
    private const byte FileVersion = 8;
    private const int LastPageIdPosition = 64;
    private const int InvalidStatePosition = 191;

    /// <summary>What is wrong with the file at <paramref name="fullPath"/>, or null when it is missing or sound.</summary>
    public static DatabaseProblem? Check(string fullPath, string? password)
    {
        var log = FunnelDatabase.LogFileOf(fullPath);
        if (!File.Exists(fullPath))
        {
            // LiteDB would read a log left without its data file into the new database it creates.
            return File.Exists(log) && new FileInfo(log).Length > 0
                ? DatabaseProblem.Damaged($"the data file is missing, but its log file '{log}' is there")
                : null;
        }

        try
        {
            return CheckFile(fullPath, string.IsNullOrEmpty(password) ? null : password);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INVALID_PASSWORD)
        {
            return DatabaseProblem.Password($"Storage.Password: cannot open '{fullPath}': the password does not fit this encrypted database");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DatabaseProblem.Unreadable($"{exception.GetType().Name}: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // LiteDB, reading a damaged page, throws whatever its reader runs into (its own exception, an invalid cast,
            // an index out of range, ...): each of them means the file is not a sound database.
            return DatabaseProblem.Damaged($"LiteDB cannot read it ({exception.GetType().Name}: {exception.Message})");
        }
    }

    private static DatabaseProblem? CheckFile(string path, string? password)
    {
        var header = new byte[PageSize];
        long length;
        using (var data = ReadOnlyDatabaseFile.OpenForReading(path))
        {
            length = data.Length;
            if (length == 0)
            {
                return DatabaseProblem.Damaged("the file is empty, 0 bytes: not a database");
            }

            if (length % PageSize != 0)
            {
                return DatabaseProblem.Damaged($"its length ({length} bytes) is not a whole number of {PageSize}-byte LiteDB pages: the file is cut short or is not a LiteDB database");
            }

            data.ReadExactly(header);
        }

        var plainHeader = Encoding.ASCII.GetString(header, HeaderInfoPosition, HeaderInfo.Length) == HeaderInfo;
        if (header[0] == EncryptedFileMark && !plainHeader)
        {
            if (password is null)
            {
                return DatabaseProblem.Password($"Storage.Password: cannot open '{path}': it is encrypted: set the password it was created with");
            }
        }
        else if (!plainHeader || header[FileVersionPosition] != FileVersion)
        {
            return DatabaseProblem.Damaged("its first page is not a LiteDB 5 header: the file is damaged or is not a LiteDB database");
        }
        else if (password is not null)
        {
            return DatabaseProblem.Password($"Storage.Password: cannot open '{path}': it is not encrypted, but a password is set: clear Storage.Password");
        }
        else if (PagesCounted(header) is var pages && length < pages * PageSize && !HasLog(path))
        {
            return DatabaseProblem.Damaged($"its header counts {pages} pages ({pages * PageSize} bytes), but the file has {length} bytes: it is cut short");
        }
        else if (header[InvalidStatePosition] != 0)
        {
            return DatabaseProblem.Damaged("LiteDB marked it as damaged after a failed write");
        }

        ReadEverything(path, password);
        return null;
    }

    /// <summary>
    /// A checkpoint cut short by a crash can leave the header ahead of the pages written; the log still holds them all
    /// (it is cleared only after the checkpoint), so with a log the full read decides.
    /// </summary>
    private static bool HasLog(string path) => new FileInfo(FunnelDatabase.LogFileOf(path)) is { Exists: true, Length: > 0 };

    private static long PagesCounted(byte[] header) => BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdPosition)) + 1L;

    /// <summary>Reads every document of every collection: a damaged page on the way throws.</summary>
    private static void ReadEverything(string path, string? password)
    {
        using var file = ReadOnlyDatabaseFile.Open(path, password);
        foreach (var name in file.Database.GetCollectionNames().ToList())
        {
            foreach (var document in file.Database.GetCollection(name).FindAll())
            {
                _ = document["_id"];
            }
        }
    }
}
