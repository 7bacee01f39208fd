using System.Collections;
using FunnelBot.Cli;
using FunnelBot.Hosting;
using FunnelBot.SandboxMode;
using FunnelBot.Storage;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.SandboxMode;

/// <summary>The <c>sandbox</c> command on a file it did not create: refused before the emulator starts, nothing written or deleted.</summary>
public sealed class SandboxDatabaseRefusalTests
{
    [Theory]
    [InlineData(NotSandboxFile.Team)]
    [InlineData(NotSandboxFile.OlderRelease)]
    [InlineData(NotSandboxFile.PasswordProtected)]
    [InlineData(NotSandboxFile.Garbage)]
    public async Task Reset_NotASandboxDatabase_UserErrorAndNothingDeleted(NotSandboxFile kind)
    {
        using var cli = new CliRun();
        NotSandboxDatabase.Create(kind, cli.DatabasePath);
        var before = FileState.Of(cli.DatabasePath);

        var result = await cli.Run("sandbox", "--reset", "--port", "0");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith($"sandbox --reset: '{cli.DatabasePath}' ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--reset deletes only a sandbox database: nothing was deleted", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.DatabasePath));
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
    }

    [Theory]
    [InlineData(NotSandboxFile.Team, "is a team database, not a sandbox one")]
    [InlineData(NotSandboxFile.OlderRelease, "if it is a sandbox database from an earlier release, delete it yourself")]
    [InlineData(NotSandboxFile.PasswordProtected, "is password-protected, so it is not a sandbox database")]
    [InlineData(NotSandboxFile.Garbage, "cannot be read as a database")]
    public async Task Sandbox_NotASandboxDatabase_UserErrorSayingWhatTheFileIs(NotSandboxFile kind, string said)
    {
        using var cli = new CliRun();
        NotSandboxDatabase.Create(kind, cli.DatabasePath);
        var before = FileState.Of(cli.DatabasePath);

        var result = await cli.Run("sandbox", "--port", "0");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.StartsWith($"sandbox: '{cli.DatabasePath}' ", result.Error, StringComparison.Ordinal);
        Assert.Contains(said, result.Error, StringComparison.Ordinal);
        Assert.Contains("give it its own file with --db, or set Telegram:Token (FUNNELBOT_Telegram__Token)", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, FileState.Of(cli.DatabasePath));
    }

    [Fact]
    public async Task StartSession_TeamDatabase_ThrowsWithWhatItFoundAndLeavesTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("funnelbot.db");
        NotSandboxDatabase.Create(NotSandboxFile.Team, path);
        var before = FileState.Of(path);

        var refused = await Assert.ThrowsAsync<SandboxDatabaseRefusedException>(() => SandboxSession.StartAsync(new SandboxSettings
        {
            Sources = new ConfigurationSources(null, null, new Hashtable()),
            Port = 0,
            DatabasePath = path,
            Reset = true,
        }));

        Assert.Equal((DatabaseFileKind.Team, path, true), (refused.Found.Kind, refused.Found.Path, refused.Reset));
        Assert.Equal(before, FileState.Of(path));
    }
}
