using FunnelBot.Storage;
using FunnelBot.Tests.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Restore_AfterBackupAndAChange_TheChangeIsGoneAndTheDataBeforeIsThere()
    {
        using var cli = new CliRun();
        await Import(cli, "leads,2026-W10,12");
        var backup = await cli.Run("backup");
        Assert.True(backup.ExitCode == 0, backup.Error);
        var backupFile = Assert.Single(new BackupFolder(cli.DatabasePath, null).Backups());
        Assert.Equal($"Backup written and read back: '{backupFile}' ({new FileInfo(backupFile).Length} bytes).", backup.Output.Trim());
        await Import(cli, "leads,2026-W10,30", "leads,2026-W09,4");
        Assert.Equal(30m, await WeekActual.ReadAsync(cli, "leads", "2026-W10"));

        var restore = await cli.Run("restore", backupFile);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(12m, await WeekActual.ReadAsync(cli, "leads", "2026-W10"));
        using (var restored = new FunnelDatabase(cli.DatabasePath, null))
        {
            Assert.Null(new WeeklyValueStore(restored, new ChangeHistory(restored, TimeProvider.System)).Get("leads", new(2026, 9)));
        }

        var aside = cli.Folder.File("data/funnelbot-replaced-20260308T120000Z.db");
        Assert.Contains($"The file it replaced is kept as '{aside}'", restore.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(backupFile), "the backup itself stays");
        using var replaced = new FunnelDatabase(aside, null);
        Assert.Equal(30m, new WeeklyValueStore(replaced, new ChangeHistory(replaced, TimeProvider.System)).Get("leads", new(2026, 10)));
    }

    [Fact]
    public async Task Restore_DamagedDatabase_ReplacedByTheBackup()
    {
        using var cli = new CliRun();
        await Import(cli, "leads,2026-W10,12");
        Assert.Equal(0, (await cli.Run("backup")).ExitCode);
        var backupFile = Assert.Single(new BackupFolder(cli.DatabasePath, null).Backups());
        File.WriteAllBytes(cli.DatabasePath, []);
        Assert.Equal(2, (await cli.Run("report")).ExitCode);

        var restore = await cli.Run("restore", backupFile);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(12m, await WeekActual.ReadAsync(cli, "leads", "2026-W10"));
        Assert.Equal(0, new FileInfo(cli.Folder.File("data/funnelbot-replaced-20260308T120000Z.db")).Length);
    }

    [Theory]
    [InlineData(Damage.Empty, "the file is empty, 0 bytes")]
    [InlineData(Damage.CorruptHeader, "its first page is not a LiteDB 5 header")]
    public async Task Restore_DamagedBackup_RefusedAndNothingChanged(Damage damage, string reason)
    {
        using var cli = new CliRun();
        await Import(cli, "leads,2026-W10,12");
        var backupFile = cli.Folder.File("broken-backup.db");
        DamagedFiles.Write(damage, backupFile);
        var before = FileState.Of(cli.DatabasePath);

        var restore = await cli.Run("restore", backupFile);

        Assert.Equal(2, restore.ExitCode);
        Assert.StartsWith($"restore: the backup '{backupFile}' cannot be restored (it does not read back as a database: {reason}", restore.Error, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was changed", restore.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
        Assert.Equal(["funnelbot.db", "funnelbot.db.lock"], Directory.GetFiles(cli.Folder.File("data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Restore_BackupWithANewerSchema_RefusedAndNothingChanged()
    {
        using var cli = new CliRun();
        await Import(cli, "leads,2026-W10,12");
        var backupFile = cli.Folder.File("newer-backup.db");
        using (var newer = new FunnelDatabase(backupFile, null))
        {
            var info = new DatabaseInfoStore(newer, TimeProvider.System);
            info.RecordIfMissing(DatabaseKind.Team);
            info.SetSchemaVersion(SchemaMigrations.All[^1].Version + 1);
        }

        var before = FileState.Of(cli.DatabasePath);

        var restore = await cli.Run("restore", backupFile);

        Assert.Equal(2, restore.ExitCode);
        Assert.Equal($"restore: the backup '{backupFile}' has schema version {SchemaMigrations.All[^1].Version + 1}, newer than this release knows ({SchemaMigrations.All[^1].Version}); nothing was changed", restore.Error.Trim());
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
    }

    [Fact]
    public async Task Restore_NoSuchBackup_ExitsWithTwo()
    {
        using var cli = new CliRun();
        var absent = cli.Folder.File("absent.db");

        var restore = await cli.Run("restore", absent);

        Assert.Equal(2, restore.ExitCode);
        Assert.Equal($"restore: the backup '{absent}' does not exist; nothing was changed", restore.Error.Trim());
    }

    [Theory]
    [InlineData("backup", "the bot writes backups itself on Schedule.Jobs.Backup into")]
    [InlineData("restore", "stop the bot, restore, then start it again")]
    [InlineData("maintenance", "stop the bot first (while it runs it checkpoints by itself)")]
    public async Task Command_WhileTheBotRuns_RefusedAsInUse(string command, string instead)
    {
        using var cli = new CliRun();
        await Import(cli, "leads,2026-W10,12");
        var backupFile = cli.Folder.File("some-backup.db");
        File.Copy(cli.DatabasePath, backupFile);
        var before = FileState.Of(cli.DatabasePath);
        using var running = new DatabaseInstanceLock(cli.DatabasePath);

        var result = await (command == "restore" ? cli.Run(command, backupFile) : cli.Run(command));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Storage.Path: the database '{cli.DatabasePath}' is in use: the bot is running on it (it holds '{cli.DatabasePath}.lock'); {command} works only while the bot is stopped: ", line, StringComparison.Ordinal);
        Assert.Contains(instead, line, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
        Assert.False(Directory.Exists(cli.Folder.File("data/backups")));
    }

    [Fact]
    public async Task Maintenance_AfterManyChanges_SmallerFileSameData()
    {
        using var cli = new CliRun();
        var rows = Enumerable.Range(1, 52).Select(week => FormattableString.Invariant($"leads,2026-W{week:00},{week}")).ToArray();
        await Import(cli, rows);
        for (var round = 0; round < 4; round++)
        {
            await Import(cli, rows.Select(row => row + "0" + round.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        await Import(cli, "leads,2026-W10,12");

        var result = await cli.Run("maintenance");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Database '{cli.DatabasePath}':", lines[0]);
        var before = Bytes(lines[1], "before");
        var after = Bytes(lines[2], "after");
        Assert.True(after <= before, result.Output);
        Assert.Equal(new FileInfo(cli.DatabasePath).Length, after);
        Assert.Contains($"'{cli.Folder.File("data/funnelbot-backup.db")}'", lines[3], StringComparison.Ordinal);
        Assert.Equal(12m, await WeekActual.ReadAsync(cli, "leads", "2026-W10"));
        Assert.Equal(203m, await WeekActual.ReadAsync(cli, "leads", "2026-W02"));
    }

    private static long Bytes(string line, string when)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(when, words[0]);
        return long.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Import(CliRun cli, params string[] rows)
    {
        var file = cli.Csv($"actuals-{Guid.NewGuid():N}.csv", ["metric,week,value", .. rows]);
        var result = await cli.Run("import", "actuals", file);
        Assert.True(result.ExitCode == 0, result.Error);
    }
}
