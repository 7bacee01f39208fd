using System.Text.Json;
using FunnelBot.Tests.Support;

namespace FunnelBot.Tests.Cli;

/// <summary>
/// The command line and the funnel rules (the test team's: qualified leads at most the leads): <c>import</c> stores
/// values that break a rule and warns about each; <c>report --json</c> lists every rule checked for the week as
/// <c>funnelChecks</c>, held, broken or unknown.
/// </summary>
public sealed class FunnelReportTests
{
    [Fact]
    public async Task Import_ValuesThatBreakARule_StoredWithAWarningEach()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        var result = await cli.Run("import", "actuals", cli.Csv("more.csv", "metric,week,value", "leads,2026-W12,4", "qualified,2026-W12,7", "qualified,2026-W10,13"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("more.csv: imported 3 weekly values, 3 changed, 0 unchanged.", result.Output.Trim());
        Assert.Equal(
            [
                "warning: 2026-W10: qualified 13 is more than leads 12; stored, not confirmed",
                "warning: 2026-W12: qualified 7 is more than leads 4; stored, not confirmed",
            ],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        using var json = await ReportJsonTests.ReportAsync(cli, "2026-W12");
        var check = Assert.Single(json.RootElement.GetProperty("funnelChecks").EnumerateArray());
        Assert.Equal("broken", check.GetProperty("result").GetString());
        Assert.False(check.GetProperty("confirmed").GetBoolean());
    }

    [Fact]
    public async Task Import_WithinTheFunnel_NoWarning()
    {
        using var cli = new CliRun(ScorecardData.Team());

        var result = await cli.Run("import", "actuals", cli.Csv("a.csv", ScorecardData.Actuals));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task ReportJson_FunnelChecks_HeldWithTheSums_UnknownWithoutBothValues()
    {
        using var cli = new CliRun(ScorecardData.Team());
        await ScorecardData.ImportAsync(cli);

        using var held = await ReportJsonTests.ReportAsync(cli, "2026-W10");
        using var unknown = await ReportJsonTests.ReportAsync(cli, "2026-W11");

        var check = Assert.Single(held.RootElement.GetProperty("funnelChecks").EnumerateArray());
        Assert.Equal(
            ["metric", "atMost", "weeks", "from", "value", "atMostValue", "result", "confirmed"],
            check.EnumerateObject().Select(property => property.Name));
        Assert.Equal("qualified", check.GetProperty("metric").GetString());
        Assert.Equal("leads", check.GetProperty("atMost").GetString());
        Assert.Equal(1, check.GetProperty("weeks").GetInt32());
        Assert.Equal("2026-W10", check.GetProperty("from").GetString());
        Assert.Equal(6m, check.GetProperty("value").GetDecimal());
        Assert.Equal(12m, check.GetProperty("atMostValue").GetDecimal());
        Assert.Equal("held", check.GetProperty("result").GetString());
        Assert.False(check.GetProperty("confirmed").GetBoolean());
        var none = Assert.Single(unknown.RootElement.GetProperty("funnelChecks").EnumerateArray());
        Assert.Equal("unknown", none.GetProperty("result").GetString());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("atMostValue").ValueKind);
    }
}
