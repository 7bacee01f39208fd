using System.Text.Json.Nodes;
using FunnelBot.Configuration;
using FunnelBot.Scheduling;
using FunnelBot.Tests.Scheduling;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

public sealed class BackupConfigurationTests
{
    [Fact]
    public async Task RunBot_KeepBelowOne_StopsWithTwoNamingTheSetting()
    {
        using var cli = new CliRun(new TestConfig().Set("Storage.Backup", new JsonObject { ["Keep"] = 0 }));
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first

        var result = await cli.Run().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Storage.Backup.Keep: 0 is not a number of backups to keep (at least 1)", result.Error.Trim());
        Assert.False(File.Exists(cli.DatabasePath));
    }

    [Fact]
    public async Task Backup_FolderIsAFile_ExitsWithTwoNamingTheSetting()
    {
        using var cli = new CliRun();
        var file = cli.Folder.Write("not-a-folder", "text");
        cli.Environment["FUNNELBOT_Storage__Backup__Folder"] = file;

        var result = await cli.Run("backup");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Storage.Backup.Folder: '{file}' is a file, not a folder", result.Error.Trim());
    }

    [Fact]
    public async Task Report_BadBackupCron_ExitsWithTwoNamingTheSetting()
    {
        using var cli = new CliRun(new TestConfig().Set("Schedule.Jobs.Backup", new JsonObject { ["Cron"] = "every night", ["Enabled"] = true }));

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Schedule.Jobs.Backup.Cron: 'every night' is not a valid Quartz cron expression", result.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BackupGivenOnlyEnabled_DefaultCronSwitchedOff()
    {
        var problems = new ConfigurationProblems();
        var options = ScheduleTeams.TeamJobsOptions();
        options.Jobs["Backup"] = new() { Enabled = false };

        var schedule = ScheduleReader.Read(options, ScheduleTeams.KnownJobs, problems);

        Assert.Empty(problems.Lines);
        Assert.Equal(new ScheduledJob(BackupJob.DefaultCron, false), schedule?.Job("Backup"));
    }

    [Fact]
    public async Task Backup_ConfiguredFolder_TheBackupGoesThere()
    {
        using var cli = new CliRun();
        var folder = cli.Folder.File("elsewhere/backups");
        cli.Environment["FUNNELBOT_Storage__Backup__Folder"] = folder;

        var result = await cli.Run("backup");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["funnelbot-backup-20260308T120000Z.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
