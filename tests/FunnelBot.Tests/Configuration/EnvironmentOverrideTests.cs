using System.Text.Json;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Configuration;

public sealed class EnvironmentOverrideTests
{
    [Fact]
    public async Task Report_TimeZoneFromEnvironment_ChangesTheReportingWeek()
    {
        using var cli = new CliRun();
        cli.Time.SetUtcNow(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero)); // Sunday 15:00 in Moscow: W10
        var before = await cli.Run("report", "--json");
        cli.Environment["FUNNELBOT_Team__TimeZone"] = "Pacific/Kiritimati"; // UTC+14: Monday 02:00, W11

        var after = await cli.Run("report", "--json");

        Assert.Equal("2026-W10", Week(before));
        Assert.Equal("2026-W11", Week(after));
    }

    [Fact]
    public async Task Report_BadValueFromEnvironment_IsReportedLikeOneFromTheFile()
    {
        using var cli = new CliRun();
        cli.Environment["FUNNELBOT_Team__TimeZone"] = "Mars/Olympus";

        var result = await cli.Run("report");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_VariablesWithoutThePrefix_AreIgnored()
    {
        using var cli = new CliRun();
        cli.Environment["Team__TimeZone"] = "Mars/Olympus";
        cli.Environment["OTHER_Team__TimeZone"] = "Mars/Olympus";

        var result = await cli.Run("report");

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public async Task RunAsync_WithoutInjectedEnvironment_ReadsTheProcessEnvironment()
    {
        // Every other test injects its own environment (CliRun), so this process-wide variable reaches no other test.
        using var cli = new CliRun();
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable("FUNNELBOT_Team__TimeZone", "Mars/Olympus");
        int code;
        try
        {
            code = await FunnelBot.Cli.FunnelBotCli.RunAsync(
                ["report", "--config", cli.ConfigPath, "--db", cli.DatabasePath], output, error, cli.Time);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FUNNELBOT_Team__TimeZone", null);
        }

        Assert.Equal(2, code);
        Assert.Contains("Team.TimeZone: 'Mars/Olympus' is not a known IANA time zone", error.ToString(), StringComparison.Ordinal);
    }

    private static string? Week(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("week").GetString();
    }
}
