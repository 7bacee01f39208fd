using System.Net.Sockets;
using FunnelBot.Storage;
using LiteDB;

namespace FunnelBot.Tests.Storage;

/// <summary>Which storage exceptions mean the database is unusable (stop the process) and which concern one write.</summary>
public sealed class StorageFailureTests
{
    public static TheoryData<Exception, bool, bool> Cases() => new()
    {
        { new IOException("No space left on device", 28), true, true },
        { new IOException("There is not enough space on the disk.", unchecked((int)0x80070070)), true, true },
        { new IOException("Input/output error", 5), true, false },
        { new UnauthorizedAccessException("Access to the path is denied."), true, false },
        { new LiteException(LiteException.INVALID_DATAFILE_STATE, "broken"), true, false },
        { new LiteException(LiteException.DATABASE_SHUTDOWN, "shut down"), true, false },
        { new LiteException(LiteException.LOCK_TIMEOUT, "timeout"), false, false },
        { new LiteException(LiteException.INDEX_DUPLICATE_KEY, "duplicate"), false, false },
        { new InvalidOperationException("a handler's mistake"), false, false },
        { new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."), false, false },
        { new IOException("Connection reset", new SocketException(104)), false, false },
        { new HttpRequestException("network", new IOException("No space left on device", 28)), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsFatal_Exception_TellsAnUnusableDatabase(Exception exception, bool fatal, bool diskFull)
    {
        Assert.Equal(fatal, StorageFailure.IsFatal(exception));
        Assert.Equal(diskFull, StorageFailure.IsDiskFull(exception));
    }

    [Fact]
    public void Describe_DiskFull_NamesTheFileAndWhatToDo()
    {
        var text = StorageFailure.Describe(new IOException("No space left on device", 28), "/data/funnelbot.db");

        Assert.Contains("/data/funnelbot.db", text, StringComparison.Ordinal);
        Assert.Contains("free space", text, StringComparison.Ordinal);
    }
}
