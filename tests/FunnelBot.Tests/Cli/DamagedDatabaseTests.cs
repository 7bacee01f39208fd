using FunnelBot.Storage;
using FunnelBot.Tests.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class DamagedDatabaseTests
{
    [Theory]
    [InlineData(Damage.Empty, "the file is empty, 0 bytes")]
    [InlineData(Damage.CutMidPage, "is not a whole number of 8192-byte LiteDB pages")]
    [InlineData(Damage.CutAtPage, "it is cut short")]
    [InlineData(Damage.CorruptHeader, "its first page is not a LiteDB 5 header")]
    public async Task RunBot_DamagedDatabase_StopsWithTwoAndOneLineNamingTheFileAndTheRestore(Damage damage, string reason)
    {
        using var cli = new CliRun();
        DamagedFiles.Write(damage, cli.DatabasePath);
        var before = FileState.Of(cli.DatabasePath);
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(line.StartsWith($"Storage.Path: the database '{cli.DatabasePath}' is damaged (", StringComparison.Ordinal), line);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains($"'dotnet FunnelBot.dll restore <backup-file>' (there is no backup in '{cli.Folder.File("data/backups")}')", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", line, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("export", "actuals", "out.csv")]
    [InlineData("import", "actuals", "in.csv")]
    [InlineData("plan", "from-last-year", "--growth", "10")]
    [InlineData("invite", "anna")]
    [InlineData("backup")]
    [InlineData("maintenance")]
    public async Task Command_EmptyDatabaseFile_RefusedWithTheSameLine(params string[] command)
    {
        using var cli = new CliRun();
        DamagedFiles.Write(Damage.Empty, cli.DatabasePath);
        cli.Csv("in.csv", "metric,week,value", "leads,2026-W10,5");
        var args = command.Select(arg => arg.EndsWith(".csv", StringComparison.Ordinal) ? cli.Folder.File(arg) : arg).ToArray();

        var result = await cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Storage.Path: the database '{cli.DatabasePath}' is damaged (the file is empty, 0 bytes", line, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(cli.DatabasePath).Length);
        Assert.False(File.Exists(cli.Folder.File("out.csv")));
    }

    [Fact]
    public async Task Report_DamagedDatabaseWithBackups_NamesTheNewestBackup()
    {
        using var cli = new CliRun();
        DamagedFiles.WriteSound(cli.DatabasePath);
        Assert.Equal(0, (await cli.Run("backup")).ExitCode);
        cli.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await cli.Run("backup")).ExitCode);
        var newest = new BackupFolder(cli.DatabasePath, null).Newest();
        DamagedFiles.Write(Damage.CorruptHeader, cli.DatabasePath);

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"restore the newest backup with 'dotnet FunnelBot.dll restore {newest}'", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("20260309T120000Z.db", newest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TextFileInsteadOfADatabase_RefusedAsDamaged()
    {
        using var cli = new CliRun();
        var notADatabase = cli.Folder.Write("notes.db", string.Concat(Enumerable.Repeat("this is not a database, only some text. ", 400)));

        var result = await cli.RunRaw("report", "--config", cli.ConfigPath, "--db", notADatabase);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"Storage.Path: the database '{notADatabase}' is damaged", result.Error, StringComparison.Ordinal);
    }
}
