using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

public sealed class CliFailureTests
{
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
