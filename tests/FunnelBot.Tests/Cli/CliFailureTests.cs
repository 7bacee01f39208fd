using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class CliFailureTests
{
    [Fact]
    public async Task Run_DatabaseFileIsNoDatabase_ShortMessageAndExitOne()
    {
        using var cli = new CliRun();
        // Text whose header page LiteDB 5.0.21 reads as a date out of range: an unexpected failure, not a password problem.
        var notADatabase = cli.Folder.Write("notes.db", string.Concat(Enumerable.Repeat("this is not a database, only some text. ", 400)));

        var result = await cli.RunRaw("report", "--config", cli.ConfigPath, "--db", notADatabase);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // one line, no stack trace
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("report", "--wek", "2026-W10")]
    [InlineData("import", "actuals")]
    public async Task Run_UnknownCommandOrMissingArgument_ExitsWithTwo(params string[] args)
    {
        using var cli = new CliRun();

        var result = await cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run with --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoCommandWithBadToken_StopsWithTheSettingsName()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Telegram__Token"] = "not-a-token";

        var result = await cli.RunRaw();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Telegram.Token: does not look like a bot token", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token", result.Error, StringComparison.Ordinal);
    }
}
