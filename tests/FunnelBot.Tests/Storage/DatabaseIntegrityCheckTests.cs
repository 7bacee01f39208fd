using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Storage;

public sealed class DatabaseIntegrityCheckTests
{
    [Fact]
    public void Check_SoundDatabase_NoProblemAndFileUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        DamagedFiles.WriteSound(path);
        Assert.True(new FileInfo(path).Length >= 3 * DamagedFiles.PageSize, "the database should span several pages");
        var before = FileState.Of(path);

        var problem = DatabaseIntegrityCheck.Check(path, null);

        Assert.Null(problem);
        Assert.Equal(before, FileState.Of(path));
        Assert.Equal(["funnelbot.db"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_CommitsStillInTheLog_NoProblem()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        DamagedFiles.WriteSound(path);
        using var database = new FunnelDatabase(path, null);
        new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System))
            .Set(new WeeklyValue("leads", new Domain.Periods.IsoWeek(2027, 1), 99m), ChangeAuthor.Cli);
        Assert.True(database.FileSizes().Log > 0, "the commit should still be in the log");

        var problem = DatabaseIntegrityCheck.Check(path, null);

        Assert.Null(problem);
    }

    [Fact]
    public void Check_LogWithoutItsDataFile_Damaged()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        DamagedFiles.WriteSound(path);
        using (var database = new FunnelDatabase(path, null))
        {
            new WeeklyValueStore(database, new ChangeHistory(database, TimeProvider.System))
                .Set(new WeeklyValue("leads", new Domain.Periods.IsoWeek(2027, 1), 99m), ChangeAuthor.Cli);
            File.Copy(FunnelDatabase.LogFileOf(path), folder.File("kept-log.db"));
        }

        File.Delete(path);
        File.Move(folder.File("kept-log.db"), FunnelDatabase.LogFileOf(path));

        var problem = DatabaseIntegrityCheck.Check(path, null);

        Assert.Equal(DatabaseProblemKind.Damaged, problem?.Kind);
        Assert.Equal($"the data file is missing, but its log file '{FunnelDatabase.LogFileOf(path)}' is there", problem!.Detail);
    }

    [Fact]
    public void Check_NoFile_NoProblemAndNothingCreated()
    {
        using var folder = new TempFolder();

        var problem = DatabaseIntegrityCheck.Check(folder.File("absent.db"), null);

        Assert.Null(problem);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData(Damage.Empty, "the file is empty, 0 bytes")]
    [InlineData(Damage.CutMidPage, "is not a whole number of 8192-byte LiteDB pages")]
    [InlineData(Damage.CutAtPage, "it is cut short")]
    [InlineData(Damage.CorruptHeader, "its first page is not a LiteDB 5 header")]
    public void Check_DamagedFile_DamagedWithTheReasonAndFileUntouched(Damage damage, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        DamagedFiles.Write(damage, path);
        var before = FileState.Of(path);

        var problem = DatabaseIntegrityCheck.Check(path, null);

        Assert.NotNull(problem);
        Assert.Equal(DatabaseProblemKind.Damaged, problem.Kind);
        Assert.Contains(reason, problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(path));
    }

    [Fact]
    public void Check_DataPageOverwritten_Damaged()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        DamagedFiles.WriteSound(path);
        var bytes = File.ReadAllBytes(path);
        var pages = bytes.Length / DamagedFiles.PageSize;
        for (var page = 1; page < pages; page++)
        {
            // Every page after the header loses its page header: whatever LiteDB reads next, it is not what it expects.
            new Random(page).NextBytes(bytes.AsSpan(page * DamagedFiles.PageSize, 32));
        }

        File.WriteAllBytes(path, bytes);

        var problem = DatabaseIntegrityCheck.Check(path, null);

        Assert.Equal(DatabaseProblemKind.Damaged, problem?.Kind);
        Assert.Contains("LiteDB cannot read it", problem!.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is encrypted: set the password")]
    [InlineData("wrong", "the password does not fit")]
    public void Check_EncryptedWithoutOrWithWrongPassword_PasswordProblem(string? password, string line)
    {
        using var folder = new TempFolder();
        var path = folder.File("secret.db");
        using (var database = new FunnelDatabase(path, "s3cret"))
        {
            new DatabaseInfoStore(database, TimeProvider.System).RecordIfMissing(DatabaseKind.Team);
        }

        var problem = DatabaseIntegrityCheck.Check(path, password);

        Assert.Equal(DatabaseProblemKind.Password, problem?.Kind);
        Assert.StartsWith("Storage.Password: ", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains(line, problem.Detail, StringComparison.Ordinal);
        Assert.Null(DatabaseIntegrityCheck.Check(path, "s3cret"));
    }
}
