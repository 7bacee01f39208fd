using System.Runtime.Versioning;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

/// <summary>
/// A <c>Storage.Path</c> that cannot be written stops every command and the bot's start with exit 2 and one line
/// <c>Storage.Path: cannot write '...': reason</c>. The places fail for root too (tests may run as root, who writes
/// read-only folders): below a regular file no folder can be made, and nothing can be created in <c>/proc</c>.
/// </summary>
public sealed class UnwritableStorageTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["report", "--json"] },
        { ["import", "plans", "{folder}/plans.csv"] },
        { ["export", "tasks", "{folder}/tasks.csv"] },
        { ["plan", "from-last-year", "--year", "2027", "--growth", "15", "--dry-run"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_DatabaseBelowARegularFile_ExitsWithTwoAndOneLine(string[] command)
    {
        using var cli = new CliRun();
        var file = cli.Folder.Write("plain-file", "a file, not a folder");
        var database = Path.Combine(file, "sub", "funnelbot.db");

        var result = await RunWithDatabase(cli, database, command);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Storage.Path: cannot write '{database}': '{file}' is a file, not a folder", result.Error.Trim());
        Assert.False(File.Exists(cli.Folder.File("tasks.csv")));
    }

    [Fact]
    public async Task Report_DatabaseIsAFolder_ExitsWithTwoAndOneLine()
    {
        using var cli = new CliRun();
        var folder = cli.Folder.File("a-folder");
        Directory.CreateDirectory(folder);

        var result = await RunWithDatabase(cli, folder, "report");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Storage.Path: cannot write '{folder}': it is a folder", result.Error.Trim());
    }

    [SkippableFact]
    public async Task Report_DatabaseInProc_ExitsWithTwoAndOneLine()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc is Linux's");
        using var cli = new CliRun();

        var result = await RunWithDatabase(cli, "/proc/funnelbot/funnelbot.db", "report");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Storage.Path: cannot write '/proc/funnelbot/funnelbot.db': ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [SkippableFact]
    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("macos")]
    public async Task Report_ReadOnlyFolder_ExitsWithTwoAndOneLine()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "read-only folders are made with Unix permissions here");
        using var cli = new CliRun();
        var folder = cli.Folder.File("read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Skip.If(CanCreateFileIn(folder), "this user (root?) writes read-only folders");

        var result = await RunWithDatabase(cli, Path.Combine(folder, "funnelbot.db"), "report");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Storage.Path: cannot write '{Path.Combine(folder, "funnelbot.db")}': no permission to create files in '{folder}'", result.Error.Trim());
    }

    [Fact]
    public async Task Report_WritableNewFolder_TheWriteCheckLeavesNothingBehind()
    {
        using var cli = new CliRun();
        var database = cli.Folder.File("new/funnelbot.db");

        var result = await RunWithDatabase(cli, database, "report", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["funnelbot.db"], Directory.GetFiles(cli.Folder.File("new")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunBot_DatabaseBelowARegularFile_StopsWithTwoAndOneLine()
    {
        using var cli = new CliRun();
        var file = cli.Folder.Write("plain-file", "a file, not a folder");
        var database = Path.Combine(file, "sub", "funnelbot.db");
        cli.Environment["FUNNELBOT_Telegram__Token"] = "123456:ABCdef_ghi-jkl";
        cli.Environment["FUNNELBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9"; // never reached: the start stops first

        var result = await cli.RunRaw("--config", cli.ConfigPath, "--db", database).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Storage.Path: cannot write '{database}': '{file}' is a file, not a folder", result.Error.Trim());
    }

    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Task<CliResult> RunWithDatabase(CliRun cli, string database, params string[] command)
    {
        cli.Csv("plans.csv", "metric,period,value,note", "leads,2026-03,48,");
        return cli.RunRaw([.. command.Select(part => part.Replace("{folder}", cli.Folder.Path, StringComparison.Ordinal)), "--config", cli.ConfigPath, "--db", database]);
    }
}
