using System.Runtime.Versioning;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;
using LiteDB;

namespace FunnelBot.Tests.Storage;

[SupportedOSPlatform("linux")]
[SupportedOSPlatform("macos")]
public sealed class OwnerOnlyFilesTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerReadWrite | UnixFileMode.UserExecute;
    private const UnixFileMode EveryoneReads = OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    [SkippableFact]
    public void Open_InANewFolder_FolderDatabaseAndItsLogAreTheOwnersOnly()
    {
        SkipWithoutUnixPermissions();
        using var folder = new TempFolder();
        var path = folder.File("data/funnelbot.db");

        using var database = new FunnelDatabase(path, null);
        database.Raw("notes").Insert(new BsonDocument { ["text"] = "written, so that the log exists" });

        var log = folder.File("data/funnelbot-log.db");
        Assert.True(File.Exists(log), "LiteDB wrote no log file");
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(log));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder.File("data")));
    }

    [SkippableFact]
    public void Open_ExistingDatabaseAndLogReadableByEveryone_AreTightened()
    {
        SkipWithoutUnixPermissions();
        using var folder = new TempFolder();
        var original = folder.File("original/funnelbot.db");
        var copy = folder.File("copy/funnelbot.db");
        Directory.CreateDirectory(folder.File("copy"));
        using (var database = new FunnelDatabase(original, null))
        {
            database.Raw("notes").Insert(new BsonDocument { ["text"] = "kept in the log until a checkpoint" });
            File.Copy(original, copy);                                               // the two files a crash leaves
            File.Copy(folder.File("original/funnelbot-log.db"), folder.File("copy/funnelbot-log.db"));
        }

        File.SetUnixFileMode(copy, EveryoneReads);
        File.SetUnixFileMode(folder.File("copy/funnelbot-log.db"), EveryoneReads);

        using var reopened = new FunnelDatabase(copy, null);

        Assert.Equal(1, reopened.Raw("notes").Count());
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(copy));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(folder.File("copy/funnelbot-log.db")));
    }

    private static void SkipWithoutUnixPermissions() =>
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "files have no Unix permissions here");
}
