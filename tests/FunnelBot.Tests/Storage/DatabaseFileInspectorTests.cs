using FunnelBot.Storage;
using FunnelBot.Tests.SandboxMode;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Storage;

public sealed class DatabaseFileInspectorTests
{
    [Theory]
    [InlineData(NotSandboxFile.Team, DatabaseFileKind.Team)]
    [InlineData(NotSandboxFile.OlderRelease, DatabaseFileKind.Unrecorded)]
    [InlineData(NotSandboxFile.PasswordProtected, DatabaseFileKind.PasswordProtected)]
    [InlineData(NotSandboxFile.Garbage, DatabaseFileKind.Unreadable)]
    public void Inspect_File_KindFoundAndFileUntouched(NotSandboxFile file, DatabaseFileKind expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        NotSandboxDatabase.Create(file, path);
        var before = FileState.Of(path);

        var found = DatabaseFileInspector.Inspect(path);

        Assert.Equal((expected, path), (found.Kind, found.Path));
        Assert.Equal(before, FileState.Of(path));
        Assert.Equal(["funnelbot.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Inspect_EmptyLogFileBeside_BothLeftInPlace()
    {
        // Opened by name, even read-only, LiteDB deletes an empty log file as it closes.
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        NotSandboxDatabase.Create(NotSandboxFile.Team, path);
        var log = DatabaseFileInspector.LogFileOf(path);
        File.WriteAllBytes(log, []);
        var before = (FileState.Of(path), FileState.Of(log));

        var found = DatabaseFileInspector.Inspect(path);

        Assert.Equal(DatabaseFileKind.Team, found.Kind);
        Assert.Equal(before, (FileState.Of(path), FileState.Of(log)));
    }

    [Fact]
    public void Inspect_RecordedBySandbox_Sandbox()
    {
        using var folder = new TempFolder();
        var path = folder.File("sandbox.db");
        using (var database = new FunnelDatabase(path, null))
        {
            new DatabaseInfoStore(database, TimeProvider.System).RecordIfMissing(DatabaseKind.Sandbox);
        }

        var found = DatabaseFileInspector.Inspect(path);

        Assert.Equal(DatabaseFileKind.Sandbox, found.Kind);
        Assert.True(found.IsSandboxOrMissing);
    }

    [Fact]
    public void Inspect_NoFile_MissingAndNothingCreated()
    {
        using var folder = new TempFolder();
        var path = folder.File("nothing/here.db");

        var found = DatabaseFileInspector.Inspect(path);

        Assert.Equal(DatabaseFileKind.Missing, found.Kind);
        Assert.True(found.IsSandboxOrMissing);
        Assert.False(Directory.Exists(folder.File("nothing")));
    }

    [Theory]
    [InlineData(0, "the file is empty")]
    [InlineData(8192 * 2, "not a valid LiteDB database")]
    public void Inspect_NotADatabase_UnreadableWithTheReason(int length, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.File("zeros.db");
        File.WriteAllBytes(path, new byte[length]);
        var before = FileState.Of(path);

        var found = DatabaseFileInspector.Inspect(path);

        Assert.Equal(DatabaseFileKind.Unreadable, found.Kind);
        Assert.Contains(reason, found.Problem, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(path));
    }

    [Fact]
    public void Inspect_Folder_Unreadable()
    {
        using var folder = new TempFolder();

        var found = DatabaseFileInspector.Inspect(folder.Path);

        Assert.Equal((DatabaseFileKind.Unreadable, "it is a folder"), (found.Kind, found.Problem));
        Assert.False(found.IsSandboxOrMissing);
    }
}
